using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Billing.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Absences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AbsenceDaysBilledWithCertificate",
                table: "billing_tariff_rules",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AbsenceDaysBilledWithoutCertificate",
                table: "billing_tariff_rules",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "billing_absences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CertificateFile = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CertificateType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreditedCents = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billing_absences", x => x.Id);
                    table.CheckConstraint("CK_billing_absences_dates", "\"From\" <= \"To\"");
                });

            migrationBuilder.CreateIndex(
                name: "IX_billing_absences_FamilyId_ChildId_From",
                table: "billing_absences",
                columns: new[] { "FamilyId", "ChildId", "From" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "billing_absences");

            migrationBuilder.DropColumn(
                name: "AbsenceDaysBilledWithCertificate",
                table: "billing_tariff_rules");

            migrationBuilder.DropColumn(
                name: "AbsenceDaysBilledWithoutCertificate",
                table: "billing_tariff_rules");
        }
    }
}
