using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Cantine.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "cantine");

            migrationBuilder.CreateTable(
                name: "bookings",
                schema: "cantine",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
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
                schema: "cantine",
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
                schema: "cantine",
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
                schema: "cantine",
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
                schema: "cantine",
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
                name: "restaurants",
                schema: "cantine",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PracticalInformation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_restaurants", x => x.ServiceId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bookings_FamilyId_Date",
                schema: "cantine",
                table: "bookings",
                columns: new[] { "FamilyId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_bookings_OrderId",
                schema: "cantine",
                table: "bookings",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_bookings_ServiceId_ChildId_Date",
                schema: "cantine",
                table: "bookings",
                columns: new[] { "ServiceId", "ChildId", "Date" },
                unique: true,
                filter: "\"State\" IN ('PendingPayment', 'Confirmed')");

            migrationBuilder.CreateIndex(
                name: "IX_closures_ServiceId_Date",
                schema: "cantine",
                table: "closures",
                columns: new[] { "ServiceId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_periods_ServiceId",
                schema: "cantine",
                table: "periods",
                column: "ServiceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bookings",
                schema: "cantine");

            migrationBuilder.DropTable(
                name: "closures",
                schema: "cantine");

            migrationBuilder.DropTable(
                name: "deadlines",
                schema: "cantine");

            migrationBuilder.DropTable(
                name: "periods",
                schema: "cantine");

            migrationBuilder.DropTable(
                name: "prices",
                schema: "cantine");

            migrationBuilder.DropTable(
                name: "restaurants",
                schema: "cantine");
        }
    }
}
