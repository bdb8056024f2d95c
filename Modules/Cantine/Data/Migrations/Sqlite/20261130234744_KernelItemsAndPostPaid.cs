using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Cantine.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KernelItemsAndPostPaid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_cantine_prices",
                table: "cantine_prices");

            migrationBuilder.AddColumn<Guid>(
                name: "ItemId",
                table: "cantine_prices",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "ItemId",
                table: "cantine_bookings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PostPaid",
                table: "cantine_bookings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddPrimaryKey(
                name: "PK_cantine_prices",
                table: "cantine_prices",
                columns: new[] { "ServiceId", "ItemId", "TariffCategoryId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_cantine_prices",
                table: "cantine_prices");

            migrationBuilder.DropColumn(
                name: "ItemId",
                table: "cantine_prices");

            migrationBuilder.DropColumn(
                name: "ItemId",
                table: "cantine_bookings");

            migrationBuilder.DropColumn(
                name: "PostPaid",
                table: "cantine_bookings");

            migrationBuilder.AddPrimaryKey(
                name: "PK_cantine_prices",
                table: "cantine_prices",
                columns: new[] { "ServiceId", "TariffCategoryId" });
        }
    }
}
