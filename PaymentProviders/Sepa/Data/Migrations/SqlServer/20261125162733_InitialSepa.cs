using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.PaymentProviders.Sepa.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InitialSepa : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "sepa");

            migrationBuilder.CreateTable(
                name: "mandates",
                schema: "sepa",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Rum = table.Column<string>(type: "nvarchar(35)", maxLength: 35, nullable: false),
                    CreditorName = table.Column<string>(type: "nvarchar(70)", maxLength: 70, nullable: false),
                    CreditorIdentifier = table.Column<string>(type: "nvarchar(35)", maxLength: 35, nullable: false),
                    DebtorName = table.Column<string>(type: "nvarchar(70)", maxLength: 70, nullable: false),
                    DebtorAddress = table.Column<string>(type: "nvarchar(140)", maxLength: 140, nullable: false),
                    Iban = table.Column<string>(type: "nvarchar(34)", maxLength: 34, nullable: false),
                    Bic = table.Column<string>(type: "nvarchar(11)", maxLength: 11, nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastCollectedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mandates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "collections",
                schema: "sepa",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MandateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PaymentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EndToEndId = table.Column<string>(type: "nvarchar(35)", maxLength: 35, nullable: false),
                    AmountCents = table.Column<long>(type: "bigint", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SequenceType = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: false),
                    RemittanceText = table.Column<string>(type: "nvarchar(140)", maxLength: 140, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_collections_mandates_MandateId",
                        column: x => x.MandateId,
                        principalSchema: "sepa",
                        principalTable: "mandates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_collections_EndToEndId",
                schema: "sepa",
                table: "collections",
                column: "EndToEndId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_collections_MandateId",
                schema: "sepa",
                table: "collections",
                column: "MandateId");

            migrationBuilder.CreateIndex(
                name: "IX_collections_PaymentId",
                schema: "sepa",
                table: "collections",
                column: "PaymentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_collections_RegieId_DueDate",
                schema: "sepa",
                table: "collections",
                columns: new[] { "RegieId", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_mandates_FamilyId",
                schema: "sepa",
                table: "mandates",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_mandates_RegieId_Rum",
                schema: "sepa",
                table: "mandates",
                columns: new[] { "RegieId", "Rum" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "collections",
                schema: "sepa");

            migrationBuilder.DropTable(
                name: "mandates",
                schema: "sepa");
        }
    }
}
