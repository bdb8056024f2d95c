using Platform.Core.Application;
using System.Text.Json.Serialization;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Hangfire;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Platform.Core.Data;
using Platform.Core.Email;
using Platform.Core.Jobs;
using Platform.Core.Modularity;
using Platform.Core.Tenancy;
using Platform.Host.Access;
using Platform.Host.Accounts;
using Platform.Host.Api;
using Platform.Host.Common;
using Platform.Host.Data;
using Platform.Host.Demo;
using Platform.Host.Email;
using Platform.Host.Families;
using Platform.Host.Ordering;
using Platform.Core.Ordering;
using Platform.Host.Payments;
using Platform.Host.Plugins;
using Platform.Host.Security;
using Platform.Host.Tenancy;

namespace Platform.Host.Composition;

internal static class PlatformServices
{
    public const string AgentPagesPolicy = "agent-pages";
    public const string AdminPagesPolicy = "admin-pages";

    public static void AddPlatform(this WebApplicationBuilder builder, PlatformSettings settings, PluginsFile pluginsFile, LoadedPlugins modules)
    {
        var services = builder.Services;
        var moduleContext = new ModuleContext(builder.Configuration, settings.Database, settings.DataDirectory);

        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        builder.Host.ConfigureContainer<ContainerBuilder>(container =>
        {
            foreach (var module in modules.All)
            {
                module.Module.Register(container, moduleContext);
            }
        });

        services.AddSingleton(settings);
        services.AddSingleton(moduleContext);
        services.AddSingleton(settings.Database);
        services.AddSingleton(pluginsFile);
        services.AddSingleton(modules);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddStaticDelivery();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            if (c.ProblemDetails is not HttpValidationProblemDetails && c.ProblemDetails.Status == StatusCodes.Status400BadRequest
                && c.ProblemDetails.Detail is null && c.ProblemDetails.Extensions.Count <= 1)
            {
                c.ProblemDetails.Detail = "La requête est mal formée : vérifiez le JSON envoyé et le type de chaque champ.";
            }
        });
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Portail famille";
            document.Info.Description =
                "Everything a parent, an agent and an administrator do on the pages. Authenticate with POST /api/account/login, " +
                "then send 'Authorization: Bearer <accessToken>'. Errors are RFC 9457 problem details with French messages per field.";
            return Task.CompletedTask;
        }));
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = RequestLimits.MaxBodyBytes);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes);
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestProblems>();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Only the client address and scheme, only from the proxies named (loopback by default): the Host header
            // is never forwarded nor used to build a link (see PublicUrls).
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in builder.Configuration["Platform:KnownProxies"]?.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries) ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddDataProtection()
            .SetApplicationName("platform")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataDirectory, "keys")));

        services.AddModuleDbContext<PlatformDbContext, SqlitePlatformDbContext, SqlServerPlatformDbContext, PostgreSqlPlatformDbContext>(settings.Database, PlatformDbContext.Schema);
        AddIdentity(services);
        services.AddAccountRateLimits(builder.Configuration);
        AddEmail(services, builder.Configuration, settings);
        AddJobs(services, settings);

        services.AddSingleton(new DocumentStore(Path.Combine(settings.DataDirectory, "documents")));
        services.AddSingleton(sp => new KeptUploads(
            Path.Combine(settings.DataDirectory, "documents-received"), sp.GetRequiredService<IDataProtectionProvider>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<Platform.Core.Email.IPublicUrls>(sp => sp.GetRequiredService<PublicUrls>());
        services.AddScoped<HeaderSummary>();
        services.AddScoped<Booking.FamilyCalendars>();
        services.AddScoped<VisibleServices>();
        services.AddScoped<IPlatformFeatures, PlatformFeatures>();
        services.AddScoped<ServiceCatalog>();
        services.AddScoped<IServiceCatalog>(sp => sp.GetRequiredService<ServiceCatalog>());
        services.AddScoped<IFamilyDirectory, FamilyDirectory>();
        services.AddSingleton<IPrivateFiles, PrivateFiles>();
        services.AddScoped<AccountService>();
        services.AddScoped<AccountSignIn>();
        services.AddScoped<FamilyService>();
        services.AddScoped<CalendarFeeds>();
        services.AddScoped<AccessService>();
        services.AddScoped<AccessReviewService>();
        services.AddScoped<TenancyAdminService>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<PlatformInitialiser>();
        services.AddScoped<ModuleJobRunner>();
        services.AddScoped<CartService>();
        services.AddScoped<ICart>(sp => sp.GetRequiredService<CartService>());
        services.AddScoped<CheckoutService>();
        services.AddScoped<OrderNumbers>();
        services.AddScoped<IOrderDesk>(sp => sp.GetRequiredService<CheckoutService>());
        services.AddScoped<OrderPurposes>();
        services.AddScoped<PaymentChannels>();
        services.AddScoped<ProviderSettingsStore>();
        services.AddScoped<IRegiePaymentSettings, RegiePaymentSettings>();
        services.AddScoped<IRegieDirectory, RegieDirectory>();
        services.AddScoped<PaymentService>();
        services.AddScoped<LateSuccesses>();
        services.AddScoped<OrderNotifier>();
        services.AddScoped<OrderRefunds>();
        services.AddScoped<IOrderRefunds>(sp => sp.GetRequiredService<OrderRefunds>());
        services.AddScoped<OrderJobs>();

        services.AddRazorPages(o =>
            {
                o.Conventions.AddPageRoute("/Famille/Enfant", "/famille/enfants/ajouter");
                o.Conventions.AuthorizeFolder("/Famille");
                o.Conventions.AllowAnonymousToPage("/Famille/Invitation");
                o.Conventions.AuthorizeFolder("/Services");
                o.Conventions.AuthorizeFolder("/Agent", AgentPagesPolicy);
                o.Conventions.AuthorizeFolder("/Admin", AdminPagesPolicy);
                o.Conventions.AuthorizePage("/Documents");
                o.Conventions.AuthorizeFolder("/Panier");
                o.Conventions.AuthorizeFolder("/Commandes");
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<ModuleEnabledPageFilter>();
                o.Filters.Add<OversizedForms.PageFilter>();
                var messages = o.ModelBindingMessageProvider;
                messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"« {value} » n'est pas une valeur valable.");
                messages.SetValueIsInvalidAccessor(value => $"« {value} » n'est pas une valeur valable.");
                messages.SetUnknownValueIsInvalidAccessor(_ => "Cette valeur n'est pas valable.");
                messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"« {value} » n'est pas une valeur valable.");
                messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Cette valeur n'est pas valable.");
                messages.SetValueMustNotBeNullAccessor(_ => "Ce champ est obligatoire.");
                messages.SetMissingBindRequiredValueAccessor(_ => "Ce champ est obligatoire.");
                messages.SetValueMustBeANumberAccessor(_ => "Saisissez un nombre.");
                messages.SetNonPropertyValueMustBeANumberAccessor(() => "Saisissez un nombre.");
            })
            .ConfigureApplicationPartManager(parts =>
            {
                // Payment providers may bring pages too (the SEPA mandate).
                foreach (var assembly in modules.All.Select(m => m.Assembly).Concat(modules.Providers.Select(p => p.Assembly)))
                {
                    foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                    {
                        parts.ApplicationParts.Add(part);
                    }
                }
            });

        foreach (var module in modules.All)
        {
            module.Module.AddServices(services, moduleContext);
        }

        foreach (var provider in modules.Providers)
        {
            provider.Plugin.ConfigureServices(services);
        }

        foreach (var sandbox in modules.Sandboxes)
        {
            sandbox.Plugin.ConfigureServices(services);
        }
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/compte/connexion";
                o.LogoutPath = "/compte/deconnexion";
                o.AccessDeniedPath = "/compte/acces-refuse";
                o.Cookie.Name = "portail.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.Events.OnValidatePrincipal = SessionStamps.ValidateCookieAsync;
            }));

        services.AddAuthorization(o =>
        {
            ApiPolicies.Add(o);
            o.AddPolicy(AgentPagesPolicy, p => p.RequireRole(Roles.Agent, Roles.Administrator));
            o.AddPolicy(AdminPagesPolicy, p => p.RequireRole(Roles.Administrator));
        });

        services.AddIdentityCore<PlatformUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.Password.RequiredLength = 13;
                o.Password.RequireDigit = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequiredUniqueChars = 4;
                // No lockout, which lets a stranger keep an account's owner out: sign-in is throttled instead (AccountSignIn).
                o.Lockout.AllowedForNewUsers = false;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<FrenchIdentityErrors>()
            .AddPasswordValidator<RequireLetterPasswordValidator>();

    }

    private static void AddEmail(IServiceCollection services, IConfiguration configuration, PlatformSettings settings)
    {
        var email = new EmailSettings(
            configuration["Email:FromAddress"] ?? "ne-pas-repondre@portail-famille.local",
            configuration["Email:FromName"] ?? "Portail famille",
            Path.Combine(settings.DataDirectory, "mail"),
            configuration["Email:Smtp:Host"],
            configuration.GetValue("Email:Smtp:Port", 587),
            configuration["Email:Smtp:User"],
            configuration["Email:Smtp:Password"]);
        services.AddSingleton(email);
        services.AddSingleton<IEmailSender>(sp => new FailSafeEmailSender(
            string.IsNullOrEmpty(email.SmtpHost) ? new PickupDirectoryEmailSender(email) : new SmtpEmailSender(email),
            sp.GetRequiredService<ILogger<FailSafeEmailSender>>()));
    }

    private static void AddJobs(IServiceCollection services, PlatformSettings settings)
    {
        services.AddHangfire(c =>
        {
            c.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            switch (settings.JobStorage)
            {
                case JobStorageKind.Sqlite:
                    c.UseSQLiteStorage(settings.JobConnection, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(5) });
                    break;
                case JobStorageKind.SqlServer:
                    c.UseSqlServerStorage(settings.JobConnection, new SqlServerStorageOptions { PrepareSchemaIfNecessary = true });
                    break;
                default:
                    c.UseInMemoryStorage();
                    break;
            }
        });
        if (settings.RunJobServer)
        {
            services.AddHangfireServer(o => o.WorkerCount = 2);
        }
    }
}
