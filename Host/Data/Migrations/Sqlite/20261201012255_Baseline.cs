using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_children",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SchoolClass = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    MedicalNotes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PhotoFile = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PhotoContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_children", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_collectivites",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_collectivites", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_families",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CalendarTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_families", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_order_number_counters",
                columns: table => new
                {
                    Day = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_order_number_counters", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "platform_roles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Civilite = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AddressLine = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_communes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollectiviteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RefundsToWallet = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_communes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_communes_platform_collectivites_CollectiviteId",
                        column: x => x.CollectiviteId,
                        principalTable: "platform_collectivites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "platform_regies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollectiviteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_regies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_regies_platform_collectivites_CollectiviteId",
                        column: x => x.CollectiviteId,
                        principalTable: "platform_collectivites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: true),
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
                name: "platform_family_children",
                columns: table => new
                {
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Filiation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LinkedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_family_children", x => new { x.FamilyId, x.ChildId });
                    table.ForeignKey(
                        name: "FK_platform_family_children_platform_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "platform_children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_family_children_platform_families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "platform_families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InvitedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcceptedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_invitations_platform_families_FamilyId",
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
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false, defaultValue: "Booking"),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Commune = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TotalCents = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PaidAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PaidByPaymentId = table.Column<Guid>(type: "TEXT", nullable: true),
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
                name: "platform_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_role_claims_platform_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_family_adults",
                columns: table => new
                {
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JoinedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_family_adults", x => new { x.FamilyId, x.UserId });
                    table.ForeignKey(
                        name: "FK_platform_family_adults_platform_families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "platform_families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_family_adults_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_user_claims_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_platform_user_logins_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_roles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_platform_user_roles_platform_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_user_roles_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_platform_user_tokens_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_agent_communes",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommuneId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_agent_communes", x => new { x.UserId, x.CommuneId });
                    table.ForeignKey(
                        name: "FK_platform_agent_communes_platform_communes_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "platform_communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_agent_communes_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_commune_features",
                columns: table => new
                {
                    CommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FeatureId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_commune_features", x => new { x.CommuneId, x.Kind, x.FeatureId });
                    table.ForeignKey(
                        name: "FK_platform_commune_features_platform_communes_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "platform_communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_regie_provider_settings",
                columns: table => new
                {
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ProtectedValues = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_regie_provider_settings", x => new { x.RegieId, x.ProviderId });
                    table.ForeignKey(
                        name: "FK_platform_regie_provider_settings_platform_regies_RegieId",
                        column: x => x.RegieId,
                        principalTable: "platform_regies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RegieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_services_platform_communes_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "platform_communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_platform_services_platform_regies_RegieId",
                        column: x => x.RegieId,
                        principalTable: "platform_regies",
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
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: true),
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
                    GivenBackAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
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
                name: "platform_required_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PerChild = table.Column<bool>(type: "INTEGER", nullable: false),
                    ValidityMonths = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_required_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_required_documents_platform_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "platform_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_tariff_categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_tariff_categories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_tariff_categories_platform_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "platform_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "platform_access_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TariffCategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_access_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_access_requests_platform_families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "platform_families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_access_requests_platform_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "platform_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_platform_access_requests_platform_tariff_categories_TariffCategoryId",
                        column: x => x.TariffCategoryId,
                        principalTable: "platform_tariff_categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "platform_access_request_children",
                columns: table => new
                {
                    AccessRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_access_request_children", x => new { x.AccessRequestId, x.ChildId });
                    table.ForeignKey(
                        name: "FK_platform_access_request_children_platform_access_requests_AccessRequestId",
                        column: x => x.AccessRequestId,
                        principalTable: "platform_access_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_access_request_children_platform_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "platform_children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequiredDocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccessRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    StoredFile = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_documents_platform_access_requests_AccessRequestId",
                        column: x => x.AccessRequestId,
                        principalTable: "platform_access_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_documents_platform_families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "platform_families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_platform_documents_platform_required_documents_RequiredDocumentId",
                        column: x => x.RequiredDocumentId,
                        principalTable: "platform_required_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_access_request_children_ChildId",
                table: "platform_access_request_children",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_access_requests_FamilyId",
                table: "platform_access_requests",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_access_requests_ServiceId_Status",
                table: "platform_access_requests",
                columns: new[] { "ServiceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_access_requests_TariffCategoryId",
                table: "platform_access_requests",
                column: "TariffCategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_agent_communes_CommuneId",
                table: "platform_agent_communes",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_cart_lines_FamilyId",
                table: "platform_cart_lines",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_collectivites_Slug",
                table: "platform_collectivites",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_communes_CollectiviteId",
                table: "platform_communes",
                column: "CollectiviteId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_communes_Slug",
                table: "platform_communes",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_documents_AccessRequestId",
                table: "platform_documents",
                column: "AccessRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_documents_FamilyId",
                table: "platform_documents",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_documents_RequiredDocumentId",
                table: "platform_documents",
                column: "RequiredDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_families_CalendarTokenHash",
                table: "platform_families",
                column: "CalendarTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_family_adults_UserId",
                table: "platform_family_adults",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_family_children_ChildId",
                table: "platform_family_children",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_invitations_FamilyId",
                table: "platform_invitations",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_invitations_TokenHash",
                table: "platform_invitations",
                column: "TokenHash",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_platform_regies_CollectiviteId",
                table: "platform_regies",
                column: "CollectiviteId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_required_documents_ServiceId",
                table: "platform_required_documents",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_role_claims_RoleId",
                table: "platform_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "platform_roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_services_CommuneId",
                table: "platform_services",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_services_RegieId",
                table: "platform_services",
                column: "RegieId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_tariff_categories_ServiceId",
                table: "platform_tariff_categories",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_claims_UserId",
                table: "platform_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_logins_UserId",
                table: "platform_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_roles_RoleId",
                table: "platform_user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "platform_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "platform_users",
                column: "NormalizedUserName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_access_request_children");

            migrationBuilder.DropTable(
                name: "platform_agent_communes");

            migrationBuilder.DropTable(
                name: "platform_cart_lines");

            migrationBuilder.DropTable(
                name: "platform_commune_features");

            migrationBuilder.DropTable(
                name: "platform_documents");

            migrationBuilder.DropTable(
                name: "platform_family_adults");

            migrationBuilder.DropTable(
                name: "platform_family_children");

            migrationBuilder.DropTable(
                name: "platform_invitations");

            migrationBuilder.DropTable(
                name: "platform_order_lines");

            migrationBuilder.DropTable(
                name: "platform_order_number_counters");

            migrationBuilder.DropTable(
                name: "platform_payment_events");

            migrationBuilder.DropTable(
                name: "platform_regie_provider_settings");

            migrationBuilder.DropTable(
                name: "platform_role_claims");

            migrationBuilder.DropTable(
                name: "platform_user_claims");

            migrationBuilder.DropTable(
                name: "platform_user_logins");

            migrationBuilder.DropTable(
                name: "platform_user_roles");

            migrationBuilder.DropTable(
                name: "platform_user_tokens");

            migrationBuilder.DropTable(
                name: "platform_access_requests");

            migrationBuilder.DropTable(
                name: "platform_required_documents");

            migrationBuilder.DropTable(
                name: "platform_children");

            migrationBuilder.DropTable(
                name: "platform_payments");

            migrationBuilder.DropTable(
                name: "platform_roles");

            migrationBuilder.DropTable(
                name: "platform_users");

            migrationBuilder.DropTable(
                name: "platform_tariff_categories");

            migrationBuilder.DropTable(
                name: "platform_orders");

            migrationBuilder.DropTable(
                name: "platform_services");

            migrationBuilder.DropTable(
                name: "platform_families");

            migrationBuilder.DropTable(
                name: "platform_communes");

            migrationBuilder.DropTable(
                name: "platform_regies");

            migrationBuilder.DropTable(
                name: "platform_collectivites");
        }
    }
}
