using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Garderie.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "garderie");

            migrationBuilder.CreateTable(
                name: "attendance",
                schema: "garderie",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    SlotId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegieId = table.Column<Guid>(type: "uuid", nullable: false),
                    ArrivedAt = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    LeftAt = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    Booked = table.Column<bool>(type: "boolean", nullable: false),
                    LatePickupCents = table.Column<long>(type: "bigint", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bookings",
                schema: "garderie",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LateBooking = table.Column<bool>(type: "boolean", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderLineId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegieId = table.Column<Guid>(type: "uuid", nullable: false),
                    TariffCategoryId = table.Column<Guid>(type: "uuid", nullable: true),
                    UnitCents = table.Column<long>(type: "bigint", nullable: false),
                    PostPaid = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CancelledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CancellationReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RefundedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bookings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "closures",
                schema: "garderie",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_closures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "deadlines",
                schema: "garderie",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Booking = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Cancellation = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deadlines", x => x.ServiceId);
                });

            migrationBuilder.CreateTable(
                name: "periods",
                schema: "garderie",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: false),
                    OpeningDays = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "prices",
                schema: "garderie",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    TariffCategoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Cents = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prices", x => new { x.ServiceId, x.ItemId, x.TariffCategoryId });
                });

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "garderie",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Billing = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LateBookingSurchargePercent = table.Column<int>(type: "integer", nullable: true),
                    LatePickupCentsPerQuarter = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_settings", x => x.ServiceId);
                });

            migrationBuilder.CreateTable(
                name: "slots",
                schema: "garderie",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Label = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    End = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Weekdays = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_slots", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_attendance_FamilyId_Date",
                schema: "garderie",
                table: "attendance",
                columns: new[] { "FamilyId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_attendance_ServiceId_SlotId_Date_ChildId",
                schema: "garderie",
                table: "attendance",
                columns: new[] { "ServiceId", "SlotId", "Date", "ChildId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_bookings_FamilyId_Date",
                schema: "garderie",
                table: "bookings",
                columns: new[] { "FamilyId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_bookings_OrderId",
                schema: "garderie",
                table: "bookings",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_bookings_ServiceId_ChildId_Date_ItemId",
                schema: "garderie",
                table: "bookings",
                columns: new[] { "ServiceId", "ChildId", "Date", "ItemId" },
                unique: true,
                filter: "\"State\" IN ('PendingPayment', 'Confirmed')");

            migrationBuilder.CreateIndex(
                name: "IX_closures_ServiceId_Date",
                schema: "garderie",
                table: "closures",
                columns: new[] { "ServiceId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_periods_ServiceId",
                schema: "garderie",
                table: "periods",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_slots_ServiceId",
                schema: "garderie",
                table: "slots",
                column: "ServiceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendance",
                schema: "garderie");

            migrationBuilder.DropTable(
                name: "bookings",
                schema: "garderie");

            migrationBuilder.DropTable(
                name: "closures",
                schema: "garderie");

            migrationBuilder.DropTable(
                name: "deadlines",
                schema: "garderie");

            migrationBuilder.DropTable(
                name: "periods",
                schema: "garderie");

            migrationBuilder.DropTable(
                name: "prices",
                schema: "garderie");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "garderie");

            migrationBuilder.DropTable(
                name: "slots",
                schema: "garderie");
        }
    }
}
