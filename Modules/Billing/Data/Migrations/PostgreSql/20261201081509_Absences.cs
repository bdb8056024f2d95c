using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Billing.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Absences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AbsenceDaysBilledWithCertificate",
                schema: "billing",
                table: "tariff_rules",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AbsenceDaysBilledWithoutCertificate",
                schema: "billing",
                table: "tariff_rules",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "absences",
                schema: "billing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    CertificateFile = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CertificateType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ReportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreditedCents = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_absences", x => x.Id);
                    table.CheckConstraint("CK_billing_absences_dates", "\"From\" <= \"To\"");
                });

            migrationBuilder.CreateIndex(
                name: "IX_absences_FamilyId_ChildId_From",
                schema: "billing",
                table: "absences",
                columns: new[] { "FamilyId", "ChildId", "From" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "absences",
                schema: "billing");

            migrationBuilder.DropColumn(
                name: "AbsenceDaysBilledWithCertificate",
                schema: "billing",
                table: "tariff_rules");

            migrationBuilder.DropColumn(
                name: "AbsenceDaysBilledWithoutCertificate",
                schema: "billing",
                table: "tariff_rules");
        }
    }
}
