using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.PaymentProviders.Sepa.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CollectionFilesAndReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FileMessageId",
                table: "sepa_collections",
                type: "TEXT",
                maxLength: 35,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnReason",
                table: "sepa_collections",
                type: "TEXT",
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReturnedOn",
                table: "sepa_collections",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FileMessageId",
                table: "sepa_collections");

            migrationBuilder.DropColumn(
                name: "ReturnReason",
                table: "sepa_collections");

            migrationBuilder.DropColumn(
                name: "ReturnedOn",
                table: "sepa_collections");
        }
    }
}
