using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GiveBacksAndOrderNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "GivenBackAtUtc",
                table: "platform_payments",
                type: "TEXT",
                nullable: true);

            // Late successes settled before the column existed were given back then: never again.
            migrationBuilder.Sql(@"UPDATE ""platform_payments"" SET ""GivenBackAtUtc"" = ""UpdatedAtUtc"" WHERE ""LateSuccess"" = 1;");

            migrationBuilder.CreateTable(
                name: "platform_order_number_counters",
                columns: table => new
                {
                    Day = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_order_number_counters", x => x.Day);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_order_number_counters");

            migrationBuilder.DropColumn(
                name: "GivenBackAtUtc",
                table: "platform_payments");
        }
    }
}
