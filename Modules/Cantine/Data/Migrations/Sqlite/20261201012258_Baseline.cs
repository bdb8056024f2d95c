using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Cantine.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cantine_bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TariffCategoryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitCents = table.Column<long>(type: "INTEGER", nullable: false),
                    PostPaid = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CancelledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RefundedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cantine_bookings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cantine_closures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cantine_closures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cantine_deadlines",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Booking = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Cancellation = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cantine_deadlines", x => x.ServiceId);
                });

            migrationBuilder.CreateTable(
                name: "cantine_periods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpeningDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cantine_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cantine_prices",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TariffCategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Cents = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cantine_prices", x => new { x.ServiceId, x.ItemId, x.TariffCategoryId });
                });

            migrationBuilder.CreateTable(
                name: "cantine_restaurants",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PracticalInformation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cantine_restaurants", x => x.ServiceId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cantine_bookings_FamilyId_Date",
                table: "cantine_bookings",
                columns: new[] { "FamilyId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_cantine_bookings_OrderId",
                table: "cantine_bookings",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_cantine_bookings_ServiceId_ChildId_Date",
                table: "cantine_bookings",
                columns: new[] { "ServiceId", "ChildId", "Date" },
                unique: true,
                filter: "\"State\" IN ('PendingPayment', 'Confirmed')");

            migrationBuilder.CreateIndex(
                name: "IX_cantine_closures_ServiceId_Date",
                table: "cantine_closures",
                columns: new[] { "ServiceId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cantine_periods_ServiceId",
                table: "cantine_periods",
                column: "ServiceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cantine_bookings");

            migrationBuilder.DropTable(
                name: "cantine_closures");

            migrationBuilder.DropTable(
                name: "cantine_deadlines");

            migrationBuilder.DropTable(
                name: "cantine_periods");

            migrationBuilder.DropTable(
                name: "cantine_prices");

            migrationBuilder.DropTable(
                name: "cantine_restaurants");
        }
    }
}
