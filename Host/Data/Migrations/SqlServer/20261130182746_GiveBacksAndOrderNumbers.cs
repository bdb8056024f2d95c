using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Host.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class GiveBacksAndOrderNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "GivenBackAtUtc",
                schema: "platform",
                table: "payments",
                type: "datetime2",
                nullable: true);

            // Late successes settled before the column existed were given back then: never again.
            migrationBuilder.Sql(@"UPDATE [platform].[payments] SET [GivenBackAtUtc] = [UpdatedAtUtc] WHERE [LateSuccess] = 1;");

            migrationBuilder.CreateTable(
                name: "order_number_counters",
                schema: "platform",
                columns: table => new
                {
                    Day = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Last = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_number_counters", x => x.Day);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "order_number_counters",
                schema: "platform");

            migrationBuilder.DropColumn(
                name: "GivenBackAtUtc",
                schema: "platform",
                table: "payments");
        }
    }
}
