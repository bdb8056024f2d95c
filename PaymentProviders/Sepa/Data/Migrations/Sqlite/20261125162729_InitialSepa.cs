using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.PaymentProviders.Sepa.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialSepa : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sepa_mandates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rum = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    CreditorName = table.Column<string>(type: "TEXT", maxLength: 70, nullable: false),
                    CreditorIdentifier = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    DebtorName = table.Column<string>(type: "TEXT", maxLength: 70, nullable: false),
                    DebtorAddress = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    Iban = table.Column<string>(type: "TEXT", maxLength: 34, nullable: false),
                    Bic = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastCollectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sepa_mandates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sepa_collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MandateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndToEndId = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    AmountCents = table.Column<long>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SequenceType = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    RemittanceText = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sepa_collections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sepa_collections_sepa_mandates_MandateId",
                        column: x => x.MandateId,
                        principalTable: "sepa_mandates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sepa_collections_EndToEndId",
                table: "sepa_collections",
                column: "EndToEndId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sepa_collections_MandateId",
                table: "sepa_collections",
                column: "MandateId");

            migrationBuilder.CreateIndex(
                name: "IX_sepa_collections_PaymentId",
                table: "sepa_collections",
                column: "PaymentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sepa_collections_RegieId_DueDate",
                table: "sepa_collections",
                columns: new[] { "RegieId", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_sepa_mandates_FamilyId",
                table: "sepa_mandates",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_sepa_mandates_RegieId_Rum",
                table: "sepa_mandates",
                columns: new[] { "RegieId", "Rum" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sepa_collections");

            migrationBuilder.DropTable(
                name: "sepa_mandates");
        }
    }
}
