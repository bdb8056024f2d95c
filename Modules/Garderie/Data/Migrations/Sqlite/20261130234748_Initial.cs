using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Garderie.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "garderie_attendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SlotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArrivedAt = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    LeftAt = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Booked = table.Column<bool>(type: "INTEGER", nullable: false),
                    LatePickupCents = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_garderie_attendance", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "garderie_bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LateBooking = table.Column<bool>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_garderie_bookings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "garderie_closures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_garderie_closures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "garderie_deadlines",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Booking = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Cancellation = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_garderie_deadlines", x => x.ServiceId);
                });

            migrationBuilder.CreateTable(
                name: "garderie_periods",
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
                    table.PrimaryKey("PK_garderie_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "garderie_prices",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TariffCategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Cents = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_garderie_prices", x => new { x.ServiceId, x.ItemId, x.TariffCategoryId });
                });

            migrationBuilder.CreateTable(
                name: "garderie_settings",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Billing = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LateBookingSurchargePercent = table.Column<int>(type: "INTEGER", nullable: true),
                    LatePickupCentsPerQuarter = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_garderie_settings", x => x.ServiceId);
                });

            migrationBuilder.CreateTable(
                name: "garderie_slots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Weekdays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_garderie_slots", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_garderie_attendance_FamilyId_Date",
                table: "garderie_attendance",
                columns: new[] { "FamilyId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_garderie_attendance_ServiceId_SlotId_Date_ChildId",
                table: "garderie_attendance",
                columns: new[] { "ServiceId", "SlotId", "Date", "ChildId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_garderie_bookings_FamilyId_Date",
                table: "garderie_bookings",
                columns: new[] { "FamilyId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_garderie_bookings_OrderId",
                table: "garderie_bookings",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_garderie_bookings_ServiceId_ChildId_Date_ItemId",
                table: "garderie_bookings",
                columns: new[] { "ServiceId", "ChildId", "Date", "ItemId" },
                unique: true,
                filter: "\"State\" IN ('PendingPayment', 'Confirmed')");

            migrationBuilder.CreateIndex(
                name: "IX_garderie_closures_ServiceId_Date",
                table: "garderie_closures",
                columns: new[] { "ServiceId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_garderie_periods_ServiceId",
                table: "garderie_periods",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_garderie_slots_ServiceId",
                table: "garderie_slots",
                column: "ServiceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "garderie_attendance");

            migrationBuilder.DropTable(
                name: "garderie_bookings");

            migrationBuilder.DropTable(
                name: "garderie_closures");

            migrationBuilder.DropTable(
                name: "garderie_deadlines");

            migrationBuilder.DropTable(
                name: "garderie_periods");

            migrationBuilder.DropTable(
                name: "garderie_prices");

            migrationBuilder.DropTable(
                name: "garderie_settings");

            migrationBuilder.DropTable(
                name: "garderie_slots");
        }
    }
}
