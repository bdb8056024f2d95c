using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Billing.Data.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Organisation = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    DeclaredValue = table.Column<int>(type: "integer", nullable: false),
                    StoredFile = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Value = table.Column<int>(type: "integer", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Brackets = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ByQuotient = table.Column<bool>(type: "boolean", nullable: false),
                    Siblings = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
