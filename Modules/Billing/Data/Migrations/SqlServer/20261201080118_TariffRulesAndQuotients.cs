using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Billing.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TariffRulesAndQuotients : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "quotients",
                schema: "billing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Organisation = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    DeclaredValue = table.Column<int>(type: "int", nullable: false),
                    StoredFile = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Value = table.Column<int>(type: "int", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RefusalReason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quotients", x => x.Id);
                    table.CheckConstraint("CK_billing_quotients_validated_complete", "\"Status\" <> 'Validated' OR (\"Value\" IS NOT NULL AND \"ValidFrom\" IS NOT NULL AND \"ValidTo\" IS NOT NULL AND \"ValidFrom\" <= \"ValidTo\")");
                });

            migrationBuilder.CreateTable(
                name: "tariff_rules",
                schema: "billing",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Brackets = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ByQuotient = table.Column<bool>(type: "bit", nullable: false),
                    Siblings = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tariff_rules", x => x.ServiceId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_quotients_FamilyId_Status",
                schema: "billing",
                table: "quotients",
                columns: new[] { "FamilyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_quotients_Status_SentAtUtc",
                schema: "billing",
                table: "quotients",
                columns: new[] { "Status", "SentAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "quotients",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "tariff_rules",
                schema: "billing");
        }
    }
}
