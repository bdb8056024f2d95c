using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Ordering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_cart_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Commune = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TariffCategoryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UnitCents = table.Column<long>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_cart_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_cart_lines_platform_families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "platform_families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Commune = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TotalCents = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PaidAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModulesNotifiedOf = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_orders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_orders_platform_families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "platform_families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "platform_order_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TariffCategoryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UnitCents = table.Column<long>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalCents = table.Column<long>(type: "INTEGER", nullable: false),
                    RefundedCents = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_order_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_order_lines_platform_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "platform_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActiveOrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProviderId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ProviderReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AmountCents = table.Column<long>(type: "INTEGER", nullable: false),
                    RefundedCents = table.Column<long>(type: "INTEGER", nullable: false),
                    LateSuccess = table.Column<bool>(type: "INTEGER", nullable: false),
                    Anomaly = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_payments_platform_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "platform_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "platform_payment_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EventKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_payment_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_payment_events_platform_payments_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "platform_payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_cart_lines_FamilyId",
                table: "platform_cart_lines",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_order_lines_OrderId",
                table: "platform_order_lines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_orders_FamilyId",
                table: "platform_orders",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_orders_Number",
                table: "platform_orders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_orders_State_ExpiresAtUtc",
                table: "platform_orders",
                columns: new[] { "State", "ExpiresAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_payment_events_PaymentId",
                table: "platform_payment_events",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_payment_events_ProviderId_EventKey",
                table: "platform_payment_events",
                columns: new[] { "ProviderId", "EventKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_payments_ActiveOrderId",
                table: "platform_payments",
                column: "ActiveOrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_payments_OrderId",
                table: "platform_payments",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_payments_ProviderId_ProviderReference",
                table: "platform_payments",
                columns: new[] { "ProviderId", "ProviderReference" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_cart_lines");

            migrationBuilder.DropTable(
                name: "platform_order_lines");

            migrationBuilder.DropTable(
                name: "platform_payment_events");

            migrationBuilder.DropTable(
                name: "platform_payments");

            migrationBuilder.DropTable(
                name: "platform_orders");
        }
    }
}
