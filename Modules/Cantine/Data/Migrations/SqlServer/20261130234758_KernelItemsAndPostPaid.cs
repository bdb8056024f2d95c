using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Cantine.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class KernelItemsAndPostPaid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_prices",
                schema: "cantine",
                table: "prices");

            migrationBuilder.AddColumn<Guid>(
                name: "ItemId",
                schema: "cantine",
                table: "prices",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "ItemId",
                schema: "cantine",
                table: "bookings",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PostPaid",
                schema: "cantine",
                table: "bookings",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddPrimaryKey(
                name: "PK_prices",
                schema: "cantine",
                table: "prices",
                columns: new[] { "ServiceId", "ItemId", "TariffCategoryId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_prices",
                schema: "cantine",
                table: "prices");

            migrationBuilder.DropColumn(
                name: "ItemId",
                schema: "cantine",
                table: "prices");

            migrationBuilder.DropColumn(
                name: "ItemId",
                schema: "cantine",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "PostPaid",
                schema: "cantine",
                table: "bookings");

            migrationBuilder.AddPrimaryKey(
                name: "PK_prices",
                schema: "cantine",
                table: "prices",
                columns: new[] { "ServiceId", "TariffCategoryId" });
        }
    }
}
