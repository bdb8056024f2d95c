using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Billing.Data.Migrations.SqlServer
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
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AbsenceDaysBilledWithoutCertificate",
                schema: "billing",
                table: "tariff_rules",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "absences",
                schema: "billing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChildId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    CertificateFile = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CertificateType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ReportedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
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
