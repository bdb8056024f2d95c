using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Sport.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "sport");

            migrationBuilder.CreateTable(
                name: "activities",
                schema: "sport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Place = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    MinAge = table.Column<int>(type: "int", nullable: true),
                    MaxAge = table.Column<int>(type: "int", nullable: true),
                    OpensAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    IsStage = table.Column<bool>(type: "bit", nullable: false),
                    OfferHours = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bookings",
                schema: "sport",
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
                schema: "sport",
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
                schema: "sport",
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
                schema: "sport",
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
                schema: "sport",
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
                name: "sessions",
                schema: "sport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Start = table.Column<TimeOnly>(type: "time", nullable: false),
                    End = table.Column<TimeOnly>(type: "time", nullable: false),
                    Capacity = table.Column<int>(type: "int", nullable: false),
                    Taken = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sessions", x => x.Id);
                    table.CheckConstraint("CK_sport_sessions_taken", "\"Taken\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "waitlist",
                schema: "sport",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SessionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChildId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OfferedUntilUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_waitlist", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activities_ServiceId",
                schema: "sport",
                table: "activities",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_bookings_FamilyId_Date",
                schema: "sport",
                table: "bookings",
                columns: new[] { "FamilyId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_bookings_ItemId_ChildId",
                schema: "sport",
                table: "bookings",
                columns: new[] { "ItemId", "ChildId" },
                unique: true,
                filter: "\"State\" IN ('PendingPayment', 'Confirmed')");

            migrationBuilder.CreateIndex(
                name: "IX_bookings_OrderId",
                schema: "sport",
                table: "bookings",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_closures_ServiceId_Date",
                schema: "sport",
                table: "closures",
                columns: new[] { "ServiceId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_periods_ServiceId",
                schema: "sport",
                table: "periods",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_sessions_ActivityId",
                schema: "sport",
                table: "sessions",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_sessions_ServiceId_Date",
                schema: "sport",
                table: "sessions",
                columns: new[] { "ServiceId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_waitlist_SessionId_ChildId",
                schema: "sport",
                table: "waitlist",
                columns: new[] { "SessionId", "ChildId" },
                unique: true,
                filter: "\"State\" IN ('Waiting', 'Offered')");

            migrationBuilder.CreateIndex(
                name: "IX_waitlist_SessionId_State",
                schema: "sport",
                table: "waitlist",
                columns: new[] { "SessionId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities",
                schema: "sport");

            migrationBuilder.DropTable(
                name: "bookings",
                schema: "sport");

            migrationBuilder.DropTable(
                name: "closures",
                schema: "sport");

            migrationBuilder.DropTable(
                name: "deadlines",
                schema: "sport");

            migrationBuilder.DropTable(
                name: "periods",
                schema: "sport");

            migrationBuilder.DropTable(
                name: "prices",
                schema: "sport");

            migrationBuilder.DropTable(
                name: "sessions",
                schema: "sport");

            migrationBuilder.DropTable(
                name: "waitlist",
                schema: "sport");
        }
    }
}
