using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Host.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "platform");

            migrationBuilder.CreateTable(
                name: "children",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SchoolClass = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    MedicalNotes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PhotoFile = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PhotoContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_children", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "collectivites",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collectivites", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "families",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CalendarTokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_families", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "order_number_counters",
                schema: "platform",
                columns: table => new
                {
                    Day = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_number_counters", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Civilite = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AddressLine = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PostalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "communes",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollectiviteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RefundsToWallet = table.Column<bool>(type: "boolean", nullable: false, defaultValue: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_communes_collectivites_CollectiviteId",
                        column: x => x.CollectiviteId,
                        principalSchema: "platform",
                        principalTable: "collectivites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "regies",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollectiviteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_regies_collectivites_CollectiviteId",
                        column: x => x.CollectiviteId,
                        principalSchema: "platform",
                        principalTable: "collectivites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cart_lines",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ModuleId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Commune = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    TariffCategoryId = table.Column<Guid>(type: "uuid", nullable: true),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UnitCents = table.Column<long>(type: "bigint", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cart_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cart_lines_families_FamilyId",
                        column: x => x.FamilyId,
                        principalSchema: "platform",
                        principalTable: "families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "family_children",
                schema: "platform",
                columns: table => new
                {
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false),
                    Filiation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LinkedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_family_children", x => new { x.FamilyId, x.ChildId });
                    table.ForeignKey(
                        name: "FK_family_children_children_ChildId",
                        column: x => x.ChildId,
                        principalSchema: "platform",
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_family_children_families_FamilyId",
                        column: x => x.FamilyId,
                        principalSchema: "platform",
                        principalTable: "families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "invitations",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InvitedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AcceptedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_invitations_families_FamilyId",
                        column: x => x.FamilyId,
                        principalSchema: "platform",
                        principalTable: "families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, defaultValue: "Booking"),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Commune = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TotalCents = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PaidAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PaidByPaymentId = table.Column<Guid>(type: "uuid", nullable: true),
                    ModulesNotifiedOf = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_families_FamilyId",
                        column: x => x.FamilyId,
                        principalSchema: "platform",
                        principalTable: "families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_role_claims_roles_RoleId",
                        column: x => x.RoleId,
                        principalSchema: "platform",
                        principalTable: "roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "family_adults",
                schema: "platform",
                columns: table => new
                {
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    JoinedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_family_adults", x => new { x.FamilyId, x.UserId });
                    table.ForeignKey(
                        name: "FK_family_adults_families_FamilyId",
                        column: x => x.FamilyId,
                        principalSchema: "platform",
                        principalTable: "families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_family_adults_users_UserId",
                        column: x => x.UserId,
                        principalSchema: "platform",
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_user_claims_users_UserId",
                        column: x => x.UserId,
                        principalSchema: "platform",
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                schema: "platform",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_user_logins_users_UserId",
                        column: x => x.UserId,
                        principalSchema: "platform",
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_roles",
                schema: "platform",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_user_roles_roles_RoleId",
                        column: x => x.RoleId,
                        principalSchema: "platform",
                        principalTable: "roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_user_roles_users_UserId",
                        column: x => x.UserId,
                        principalSchema: "platform",
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                schema: "platform",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_user_tokens_users_UserId",
                        column: x => x.UserId,
                        principalSchema: "platform",
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agent_communes",
                schema: "platform",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommuneId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agent_communes", x => new { x.UserId, x.CommuneId });
                    table.ForeignKey(
                        name: "FK_agent_communes_communes_CommuneId",
                        column: x => x.CommuneId,
                        principalSchema: "platform",
                        principalTable: "communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_agent_communes_users_UserId",
                        column: x => x.UserId,
                        principalSchema: "platform",
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "commune_features",
                schema: "platform",
                columns: table => new
                {
                    CommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FeatureId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commune_features", x => new { x.CommuneId, x.Kind, x.FeatureId });
                    table.ForeignKey(
                        name: "FK_commune_features_communes_CommuneId",
                        column: x => x.CommuneId,
                        principalSchema: "platform",
                        principalTable: "communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "regie_provider_settings",
                schema: "platform",
                columns: table => new
                {
                    RegieId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ProtectedValues = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regie_provider_settings", x => new { x.RegieId, x.ProviderId });
                    table.ForeignKey(
                        name: "FK_regie_provider_settings_regies_RegieId",
                        column: x => x.RegieId,
                        principalSchema: "platform",
                        principalTable: "regies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "services",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ModuleId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RegieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_communes_CommuneId",
                        column: x => x.CommuneId,
                        principalSchema: "platform",
                        principalTable: "communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_services_regies_RegieId",
                        column: x => x.RegieId,
                        principalSchema: "platform",
                        principalTable: "regies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "order_lines",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    ModuleId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    TariffCategoryId = table.Column<Guid>(type: "uuid", nullable: true),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UnitCents = table.Column<long>(type: "bigint", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    TotalCents = table.Column<long>(type: "bigint", nullable: false),
                    RefundedCents = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_order_lines_orders_OrderId",
                        column: x => x.OrderId,
                        principalSchema: "platform",
                        principalTable: "orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "payments",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActiveOrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProviderId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ProviderReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AmountCents = table.Column<long>(type: "bigint", nullable: false),
                    RefundedCents = table.Column<long>(type: "bigint", nullable: false),
                    LateSuccess = table.Column<bool>(type: "boolean", nullable: false),
                    GivenBackAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Anomaly = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_payments_orders_OrderId",
                        column: x => x.OrderId,
                        principalSchema: "platform",
                        principalTable: "orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "required_documents",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PerChild = table.Column<bool>(type: "boolean", nullable: false),
                    ValidityMonths = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_required_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_required_documents_services_ServiceId",
                        column: x => x.ServiceId,
                        principalSchema: "platform",
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tariff_categories",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tariff_categories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tariff_categories_services_ServiceId",
                        column: x => x.ServiceId,
                        principalSchema: "platform",
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "payment_events",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PaymentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EventKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_payment_events_payments_PaymentId",
                        column: x => x.PaymentId,
                        principalSchema: "platform",
                        principalTable: "payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "access_requests",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    TariffCategoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RefusalReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_access_requests_families_FamilyId",
                        column: x => x.FamilyId,
                        principalSchema: "platform",
                        principalTable: "families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_access_requests_services_ServiceId",
                        column: x => x.ServiceId,
                        principalSchema: "platform",
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_access_requests_tariff_categories_TariffCategoryId",
                        column: x => x.TariffCategoryId,
                        principalSchema: "platform",
                        principalTable: "tariff_categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "access_request_children",
                schema: "platform",
                columns: table => new
                {
                    AccessRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_request_children", x => new { x.AccessRequestId, x.ChildId });
                    table.ForeignKey(
                        name: "FK_access_request_children_access_requests_AccessRequestId",
                        column: x => x.AccessRequestId,
                        principalSchema: "platform",
                        principalTable: "access_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_access_request_children_children_ChildId",
                        column: x => x.ChildId,
                        principalSchema: "platform",
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequiredDocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccessRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    StoredFile = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_documents_access_requests_AccessRequestId",
                        column: x => x.AccessRequestId,
                        principalSchema: "platform",
                        principalTable: "access_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_documents_families_FamilyId",
                        column: x => x.FamilyId,
                        principalSchema: "platform",
                        principalTable: "families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_documents_required_documents_RequiredDocumentId",
                        column: x => x.RequiredDocumentId,
                        principalSchema: "platform",
                        principalTable: "required_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_access_request_children_ChildId",
                schema: "platform",
                table: "access_request_children",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_access_requests_FamilyId",
                schema: "platform",
                table: "access_requests",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_access_requests_ServiceId_Status",
                schema: "platform",
                table: "access_requests",
                columns: new[] { "ServiceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_access_requests_TariffCategoryId",
                schema: "platform",
                table: "access_requests",
                column: "TariffCategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_agent_communes_CommuneId",
                schema: "platform",
                table: "agent_communes",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_cart_lines_FamilyId",
                schema: "platform",
                table: "cart_lines",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_collectivites_Slug",
                schema: "platform",
                table: "collectivites",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_communes_CollectiviteId",
                schema: "platform",
                table: "communes",
                column: "CollectiviteId");

            migrationBuilder.CreateIndex(
                name: "IX_communes_Slug",
                schema: "platform",
                table: "communes",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_AccessRequestId",
                schema: "platform",
                table: "documents",
                column: "AccessRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_FamilyId",
                schema: "platform",
                table: "documents",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_RequiredDocumentId",
                schema: "platform",
                table: "documents",
                column: "RequiredDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_families_CalendarTokenHash",
                schema: "platform",
                table: "families",
                column: "CalendarTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_family_adults_UserId",
                schema: "platform",
                table: "family_adults",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_family_children_ChildId",
                schema: "platform",
                table: "family_children",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_invitations_FamilyId",
                schema: "platform",
                table: "invitations",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_invitations_TokenHash",
                schema: "platform",
                table: "invitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_OrderId",
                schema: "platform",
                table: "order_lines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_FamilyId",
                schema: "platform",
                table: "orders",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_Number",
                schema: "platform",
                table: "orders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_State_ExpiresAtUtc",
                schema: "platform",
                table: "orders",
                columns: new[] { "State", "ExpiresAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_events_PaymentId",
                schema: "platform",
                table: "payment_events",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_payment_events_ProviderId_EventKey",
                schema: "platform",
                table: "payment_events",
                columns: new[] { "ProviderId", "EventKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_ActiveOrderId",
                schema: "platform",
                table: "payments",
                column: "ActiveOrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_OrderId",
                schema: "platform",
                table: "payments",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_payments_ProviderId_ProviderReference",
                schema: "platform",
                table: "payments",
                columns: new[] { "ProviderId", "ProviderReference" });

            migrationBuilder.CreateIndex(
                name: "IX_regies_CollectiviteId",
                schema: "platform",
                table: "regies",
                column: "CollectiviteId");

            migrationBuilder.CreateIndex(
                name: "IX_required_documents_ServiceId",
                schema: "platform",
                table: "required_documents",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_role_claims_RoleId",
                schema: "platform",
                table: "role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                schema: "platform",
                table: "roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_CommuneId",
                schema: "platform",
                table: "services",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_services_RegieId",
                schema: "platform",
                table: "services",
                column: "RegieId");

            migrationBuilder.CreateIndex(
                name: "IX_tariff_categories_ServiceId",
                schema: "platform",
                table: "tariff_categories",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_user_claims_UserId",
                schema: "platform",
                table: "user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_user_logins_UserId",
                schema: "platform",
                table: "user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_user_roles_RoleId",
                schema: "platform",
                table: "user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                schema: "platform",
                table: "users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                schema: "platform",
                table: "users",
                column: "NormalizedUserName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_request_children",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "agent_communes",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "cart_lines",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "commune_features",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "documents",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "family_adults",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "family_children",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "invitations",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "order_lines",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "order_number_counters",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "payment_events",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "regie_provider_settings",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "role_claims",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "user_claims",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "user_logins",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "user_roles",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "user_tokens",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "access_requests",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "required_documents",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "children",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "payments",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "roles",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "users",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "tariff_categories",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "orders",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "services",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "families",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "communes",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "regies",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "collectivites",
                schema: "platform");
        }
    }
}
