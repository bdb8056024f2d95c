using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Billing.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TariffRulesAndQuotients : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "billing_quotients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    DeclaredValue = table.Column<int>(type: "INTEGER", nullable: false),
                    StoredFile = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billing_quotients", x => x.Id);
                    table.CheckConstraint("CK_billing_quotients_validated_complete", "\"Status\" <> 'Validated' OR (\"Value\" IS NOT NULL AND \"ValidFrom\" IS NOT NULL AND \"ValidTo\" IS NOT NULL AND \"ValidFrom\" <= \"ValidTo\")");
                });

            migrationBuilder.CreateTable(
                name: "billing_tariff_rules",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Brackets = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ByQuotient = table.Column<bool>(type: "INTEGER", nullable: false),
                    Siblings = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billing_tariff_rules", x => x.ServiceId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_billing_quotients_FamilyId_Status",
                table: "billing_quotients",
                columns: new[] { "FamilyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_billing_quotients_Status_SentAtUtc",
                table: "billing_quotients",
                columns: new[] { "Status", "SentAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "billing_quotients");

            migrationBuilder.DropTable(
                name: "billing_tariff_rules");
        }
    }
}
