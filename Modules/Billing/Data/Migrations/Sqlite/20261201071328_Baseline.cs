using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Billing.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "billing_credits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Cents = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedByInvoiceId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billing_credits", x => x.Id);
                    table.CheckConstraint("CK_billing_credits_positive", "\"Cents\" > 0");
                });

            migrationBuilder.CreateTable(
                name: "billing_invoice_counters",
                columns: table => new
                {
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billing_invoice_counters", x => new { x.RegieId, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "billing_invoice_debits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Cents = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OpenInvoiceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billing_invoice_debits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "billing_invoice_orders",
                columns: table => new
                {
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Cents = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billing_invoice_orders", x => x.OrderId);
                });

            migrationBuilder.CreateTable(
                name: "billing_invoices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Commune = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IssueKey = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TotalCents = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidCents = table.Column<long>(type: "INTEGER", nullable: false),
                    CreditedCents = table.Column<long>(type: "INTEGER", nullable: false),
                    CorrectsInvoiceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NotifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NoticeClaim = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billing_invoices", x => x.Id);
                    table.CheckConstraint("CK_billing_invoices_credited_within_total", "\"CreditedCents\" >= 0 AND \"CreditedCents\" <= \"TotalCents\"");
                    table.CheckConstraint("CK_billing_invoices_paid_within_total", "\"PaidCents\" >= 0 AND \"PaidCents\" <= \"TotalCents\"");
                });

            migrationBuilder.CreateTable(
                name: "billing_pes_roles",
                columns: table => new
                {
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Exer = table.Column<int>(type: "INTEGER", nullable: false),
                    IdBord = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billing_pes_roles", x => new { x.RegieId, x.Exer, x.IdBord });
                });

            migrationBuilder.CreateTable(
                name: "billing_regie_pes_settings",
                columns: table => new
                {
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdPost = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    IdColl = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    CodCol = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    CodBud = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    LibelleColBud = table.Column<string>(type: "TEXT", maxLength: 38, nullable: false),
                    CodProdLoc = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    TresorCollectsDebits = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billing_regie_pes_settings", x => x.RegieId);
                });

            migrationBuilder.CreateTable(
                name: "billing_regie_profiles",
                columns: table => new
                {
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PaymentTermDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billing_regie_profiles", x => x.RegieId);
                });

            migrationBuilder.CreateTable(
                name: "billing_invoice_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChargeKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChildName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitCents = table.Column<long>(type: "INTEGER", nullable: false),
                    TotalCents = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billing_invoice_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_billing_invoice_lines_billing_invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "billing_invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "billing_payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Cents = table.Column<long>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billing_payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_billing_payments_billing_invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "billing_invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_billing_credits_FamilyId_RegieId_UsedByInvoiceId",
                table: "billing_credits",
                columns: new[] { "FamilyId", "RegieId", "UsedByInvoiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_billing_credits_Reference",
                table: "billing_credits",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_billing_invoice_debits_InvoiceId",
                table: "billing_invoice_debits",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_billing_invoice_debits_OpenInvoiceId",
                table: "billing_invoice_debits",
                column: "OpenInvoiceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_billing_invoice_debits_State_DueOn",
                table: "billing_invoice_debits",
                columns: new[] { "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_billing_invoice_lines_ChargeKey",
                table: "billing_invoice_lines",
                column: "ChargeKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_billing_invoice_lines_InvoiceId",
                table: "billing_invoice_lines",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_billing_invoice_orders_InvoiceId",
                table: "billing_invoice_orders",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_billing_invoices_FamilyId",
                table: "billing_invoices",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_billing_invoices_NoticeClaim",
                table: "billing_invoices",
                column: "NoticeClaim");

            migrationBuilder.CreateIndex(
                name: "IX_billing_invoices_RegieId_FamilyId_IssueKey",
                table: "billing_invoices",
                columns: new[] { "RegieId", "FamilyId", "IssueKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_billing_invoices_RegieId_Period",
                table: "billing_invoices",
                columns: new[] { "RegieId", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_billing_invoices_RegieId_Year_Sequence",
                table: "billing_invoices",
                columns: new[] { "RegieId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_billing_payments_InvoiceId",
                table: "billing_payments",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_billing_payments_Reference",
                table: "billing_payments",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_billing_pes_roles_RegieId_Period",
                table: "billing_pes_roles",
                columns: new[] { "RegieId", "Period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "billing_credits");

            migrationBuilder.DropTable(
                name: "billing_invoice_counters");

            migrationBuilder.DropTable(
                name: "billing_invoice_debits");

            migrationBuilder.DropTable(
                name: "billing_invoice_lines");

            migrationBuilder.DropTable(
                name: "billing_invoice_orders");

            migrationBuilder.DropTable(
                name: "billing_payments");

            migrationBuilder.DropTable(
                name: "billing_pes_roles");

            migrationBuilder.DropTable(
                name: "billing_regie_pes_settings");

            migrationBuilder.DropTable(
                name: "billing_regie_profiles");

            migrationBuilder.DropTable(
                name: "billing_invoices");
        }
    }
}
