using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Billing.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "billing");

            migrationBuilder.CreateTable(
                name: "credits",
                schema: "billing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegieId = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Cents = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UsedByInvoiceId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credits", x => x.Id);
                    table.CheckConstraint("CK_billing_credits_positive", "\"Cents\" > 0");
                });

            migrationBuilder.CreateTable(
                name: "invoice_counters",
                schema: "billing",
                columns: table => new
                {
                    RegieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoice_counters", x => new { x.RegieId, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "invoice_debits",
                schema: "billing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Cents = table.Column<long>(type: "bigint", nullable: false),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OpenInvoiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoice_debits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "invoice_orders",
                schema: "billing",
                columns: table => new
                {
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Cents = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoice_orders", x => x.OrderId);
                });

            migrationBuilder.CreateTable(
                name: "invoices",
                schema: "billing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegieId = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Commune = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IssueKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Period = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TotalCents = table.Column<long>(type: "bigint", nullable: false),
                    PaidCents = table.Column<long>(type: "bigint", nullable: false),
                    CreditedCents = table.Column<long>(type: "bigint", nullable: false),
                    CorrectsInvoiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NotifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NoticeClaim = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoices", x => x.Id);
                    table.CheckConstraint("CK_billing_invoices_credited_within_total", "\"CreditedCents\" >= 0 AND \"CreditedCents\" <= \"TotalCents\"");
                    table.CheckConstraint("CK_billing_invoices_paid_within_total", "\"PaidCents\" >= 0 AND \"PaidCents\" <= \"TotalCents\"");
                });

            migrationBuilder.CreateTable(
                name: "pes_roles",
                schema: "billing",
                columns: table => new
                {
                    RegieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Exer = table.Column<int>(type: "integer", nullable: false),
                    IdBord = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pes_roles", x => new { x.RegieId, x.Exer, x.IdBord });
                });

            migrationBuilder.CreateTable(
                name: "regie_pes_settings",
                schema: "billing",
                columns: table => new
                {
                    RegieId = table.Column<Guid>(type: "uuid", nullable: false),
                    IdPost = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    IdColl = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    CodCol = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    CodBud = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    LibelleColBud = table.Column<string>(type: "character varying(38)", maxLength: 38, nullable: false),
                    CodProdLoc = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Nature = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    TresorCollectsDebits = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regie_pes_settings", x => x.RegieId);
                });

            migrationBuilder.CreateTable(
                name: "regie_profiles",
                schema: "billing",
                columns: table => new
                {
                    RegieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    PaymentTermDays = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regie_profiles", x => x.RegieId);
                });

            migrationBuilder.CreateTable(
                name: "invoice_lines",
                schema: "billing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChargeKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: true),
                    ChildName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    UnitCents = table.Column<long>(type: "bigint", nullable: false),
                    TotalCents = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoice_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_invoice_lines_invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalSchema: "billing",
                        principalTable: "invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "payments",
                schema: "billing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Cents = table.Column<long>(type: "bigint", nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_payments_invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalSchema: "billing",
                        principalTable: "invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_credits_FamilyId_RegieId_UsedByInvoiceId",
                schema: "billing",
                table: "credits",
                columns: new[] { "FamilyId", "RegieId", "UsedByInvoiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_credits_Reference",
                schema: "billing",
                table: "credits",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_invoice_debits_InvoiceId",
                schema: "billing",
                table: "invoice_debits",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_invoice_debits_OpenInvoiceId",
                schema: "billing",
                table: "invoice_debits",
                column: "OpenInvoiceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_invoice_debits_State_DueOn",
                schema: "billing",
                table: "invoice_debits",
                columns: new[] { "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_invoice_lines_ChargeKey",
                schema: "billing",
                table: "invoice_lines",
                column: "ChargeKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_invoice_lines_InvoiceId",
                schema: "billing",
                table: "invoice_lines",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_invoice_orders_InvoiceId",
                schema: "billing",
                table: "invoice_orders",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_invoices_FamilyId",
                schema: "billing",
                table: "invoices",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_invoices_NoticeClaim",
                schema: "billing",
                table: "invoices",
                column: "NoticeClaim");

            migrationBuilder.CreateIndex(
                name: "IX_invoices_RegieId_FamilyId_IssueKey",
                schema: "billing",
                table: "invoices",
                columns: new[] { "RegieId", "FamilyId", "IssueKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_invoices_RegieId_Period",
                schema: "billing",
                table: "invoices",
                columns: new[] { "RegieId", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_invoices_RegieId_Year_Sequence",
                schema: "billing",
                table: "invoices",
                columns: new[] { "RegieId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_InvoiceId",
                schema: "billing",
                table: "payments",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_payments_Reference",
                schema: "billing",
                table: "payments",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pes_roles_RegieId_Period",
                schema: "billing",
                table: "pes_roles",
                columns: new[] { "RegieId", "Period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credits",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "invoice_counters",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "invoice_debits",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "invoice_lines",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "invoice_orders",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "payments",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "pes_roles",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "regie_pes_settings",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "regie_profiles",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "invoices",
                schema: "billing");
        }
    }
}
