using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.PaymentProviders.Sepa.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CollectionFilesAndReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FileMessageId",
                schema: "sepa",
                table: "collections",
                type: "character varying(35)",
                maxLength: 35,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnReason",
                schema: "sepa",
                table: "collections",
                type: "character varying(4)",
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReturnedOn",
                schema: "sepa",
                table: "collections",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FileMessageId",
                schema: "sepa",
                table: "collections");

            migrationBuilder.DropColumn(
                name: "ReturnReason",
                schema: "sepa",
                table: "collections");

            migrationBuilder.DropColumn(
                name: "ReturnedOn",
                schema: "sepa",
                table: "collections");
        }
    }
}
