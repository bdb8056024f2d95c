using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Cantine.Data.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChildId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OrderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrderLineId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TariffCategoryId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UnitCents = table.Column<long>(type: "bigint", nullable: false),
                    PostPaid = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CancelledAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CancellationReason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RefundedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
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
                    ServiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Booking = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Cancellation = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Label = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: false),
                    OpeningDays = table.Column<int>(type: "int", nullable: false)
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
                    ServiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TariffCategoryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
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
                    ServiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    PracticalInformation = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
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
