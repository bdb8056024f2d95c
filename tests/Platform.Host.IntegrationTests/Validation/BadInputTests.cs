using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Platform.Host.Access;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Validation;

/// <summary>Every bad input gets a French message where the person typed it, and nothing is written: the row count of
/// every table and the files of the upload and mail folders are the same before and after.</summary>
public sealed class BadInputTests : IClassFixture<BadInputTests.World>
{
    private readonly World world;

    public BadInputTests(World world) => this.world = world;

    public static TheoryData<string> Cases() => new(World.Cases.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_is_explained_in_french_and_writes_nothing(string name)
    {
        var before = SqliteInspector.Snapshot(world.Platform);

        var (response, expected) = await World.Cases[name](world);

        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(
            response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.OK,
            $"{name}: {(int)response.StatusCode}");
        Assert.Contains(expected, body, StringComparison.Ordinal);
        Assert.Equal(before, SqliteInspector.Snapshot(world.Platform));
    }

    [Fact]
    public async Task A_50_MB_upload_to_an_access_request_is_refused_in_french_and_stores_nothing()
    {
        var before = SqliteInspector.Snapshot(world.Platform);
        var huge = new byte[50 * 1024 * 1024];

        var api = await world.Parent.RequestAccessAsync(world.Tenancy.Beta, [world.Child], _ => huge);
        var page = await world.ParentPages.PostMultipartAsync(world.RequestPage, world.RequestForm(_ => huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("L'envoi est trop volumineux", System.Text.RegularExpressions.Regex.Unescape(await api.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.StatusCode);
        var form = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("L'envoi est trop volumineux", form, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Failed", form, StringComparison.Ordinal);
        Assert.Equal(before, SqliteInspector.Snapshot(world.Platform));
    }

    public sealed class World : IAsyncLifetime
    {
        public static readonly Dictionary<string, Func<World, Task<(HttpResponseMessage, string)>>> Cases = new()
        {
            ["page: sign-up with missing fields"] = async w => (
                await w.Platform.Browser().PostFormAsync("/compte/inscription", new() { ["Input.Email"] = "x@example.fr" }),
                "Saisissez votre nom."),
            ["page: sign-up with a weak password"] = async w => (
                await w.Platform.Browser().PostFormAsync("/compte/inscription", SignUp("weak@example.fr", "motdepasse")),
                "Le mot de passe doit contenir au moins 13 caractères, dont des lettres, des chiffres et des symboles."),
            ["page: child born in the future"] = async w => (
                await w.ParentPages.PostFormAsync("/famille/enfants/ajouter", ChildFields("2999-01-01")),
                "La date de naissance ne peut pas être dans le futur."),
            ["page: child without a first name"] = async w => (
                await w.ParentPages.PostFormAsync("/famille/enfants/ajouter", ChildFields("2019-05-01", firstName: "")),
                "Saisissez le prénom de l'enfant."),
            ["page: child with a date that is not one"] = async w => (
                await w.ParentPages.PostFormAsync("/famille/enfants/ajouter", ChildFields("31/02/2019")),
                "n'est pas une valeur valable"),
            ["page: child photo that is not an image"] = async w => (
                await w.ParentPages.PostMultipartAsync("/famille/enfants/ajouter", ChildWithPhoto(TestFiles.FakePdf())),
                "Ce fichier n'est pas une photo JPEG ou PNG lisible."),
            ["page: access request with a fake PDF"] = async w => (
                await w.ParentPages.PostMultipartAsync(w.RequestPage, w.RequestForm(_ => TestFiles.FakePdf())),
                "n'est pas un PDF, un JPEG ou un PNG lisible."),
            ["page: access request with an oversized file"] = async w => (
                await w.ParentPages.PostMultipartAsync(w.RequestPage, w.RequestForm(f => f.Contains('_', StringComparison.Ordinal) && f.Length > 40 ? TestFiles.Oversized() : TestFiles.Pdf())),
                "dépasse 5 Mo."),
            ["page: access request with a missing document"] = async w => (
                await w.ParentPages.PostMultipartAsync(w.RequestPage, w.RequestForm(_ => [])),
                "Ajoutez le document « Attestation d'assurance »."),
            ["page: access request for an unknown service"] = async w => (
                await w.ParentPages.PostMultipartAsync($"/services/demander/{Guid.NewGuid()}", w.RequestForm(_ => TestFiles.Pdf()), w.RequestPage),
                "Choisissez un service proposé par une commune."),
            ["page: refusal without a reason"] = async w => (
                await w.AgentPages.PostFormAsync($"/agent/demandes/{w.PendingRequest}?handler=Refuser", new() { ["Reason"] = "" }, $"/agent/demandes/{w.PendingRequest}"),
                "Indiquez le motif du refus"),
            ["api: sign-up with missing fields"] = async w => (
                await w.Platform.Anonymous().PostAsJsonAsync("/api/account/register", new { email = "y@example.fr" }),
                "Saisissez un code postal à 5 chiffres."),
            ["api: malformed JSON"] = async w => (
                await w.Platform.Anonymous().PostAsync("/api/account/register", new StringContent("{ not json", Encoding.UTF8, "application/json")),
                "La requête est mal formée"),
            ["api: child born in the future"] = async w => (
                await w.Parent.Client.PostAsJsonAsync($"/api/families/{w.Parent.FamilyId}/children", new { firstName = "Zoé", lastName = "Martin", birthDate = "2999-01-01", filiation = "Mere" }),
                "La date de naissance ne peut pas être dans le futur."),
            ["api: access request for an unknown service"] = async w => (
                await w.Parent.RequestAccessAsync(w.Tenancy.Alpha with { Id = Guid.NewGuid() }, [w.Child]),
                "Choisissez un service proposé par une commune."),
            ["api: access request for another family's child"] = async w => (
                await w.Parent.RequestAccessAsync(w.Tenancy.Beta, [Guid.NewGuid()]),
                "Cet enfant n'appartient pas à votre famille."),
            ["api: service in an unknown commune"] = async w => (
                await (await w.Platform.AdminAsync()).PostAsJsonAsync("/api/admin/services", new { commune = "nulle-part", moduleId = "cantine", name = "Cantine" }),
                "Choisissez une commune existante."),
            ["api: a query date that is not one"] = async w => (
                await (await w.Platform.AdminAsync()).GetAsync("/api/admin/wallet/regies?from=demain"),
                "Cette valeur n'est pas valable."),
            ["api: photo that is not an image"] = async w => (
                await w.Parent.Client.PutAsync(
                    $"/api/families/{w.Parent.FamilyId}/children/{w.Child}/photo",
                    new MultipartFormDataContent { { new ByteArrayContent(TestFiles.Pdf()), "photo", "photo.png" } }),
                "Ce fichier n'est pas une photo JPEG ou PNG lisible."),
        };

        public TestPlatform Platform { get; } = new();

        public TenancySetup Tenancy { get; private set; } = null!;

        public Parent Parent { get; private set; } = null!;

        public Guid Child { get; private set; }

        public Guid PendingRequest { get; private set; }

        public HttpClient ParentPages { get; private set; } = null!;

        public HttpClient AgentPages { get; private set; } = null!;

        public string RequestPage => $"/services/demander/{Tenancy.Beta.Id}";

        public async Task InitializeAsync()
        {
            Tenancy = await TenancySetup.CreateAsync(Platform);
            Parent = await Platform.RegisterParentAsync("saisie@example.fr");
            Child = await Parent.AddChildAsync("Léa");
            PendingRequest = (await (await Parent.RequestAccessAsync(Tenancy.Alpha, [Child])).ReadObjectAsync()).Id();
            ParentPages = await Platform.BrowserLoginAsync(Parent.Email);
            AgentPages = await Platform.BrowserLoginAsync(TenancySetup.AgentAlpha);
        }

        public Task DisposeAsync()
        {
            Platform.Dispose();
            return Task.CompletedTask;
        }

        /// <summary>The access request form for Beta's service, every document filled by <paramref name="file"/>.</summary>
        public MultipartFormDataContent RequestForm(Func<string, byte[]> file)
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent(Tenancy.Beta.TariffId.ToString()), "TariffCategoryId" },
                { new StringContent(Child.ToString()), "ChildIds" },
            };
            foreach (var (field, name) in Tenancy.Beta.DocumentFields([Child]))
            {
                var content = new ByteArrayContent(file(field));
                content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                form.Add(content, field, name);
            }

            return form;
        }

        private static Dictionary<string, string> SignUp(string email, string password) => new()
        {
            ["Input.Email"] = email,
            ["Input.Civilite"] = "Madame",
            ["Input.LastName"] = "Martin",
            ["Input.FirstName"] = "Julie",
            ["Input.AddressLine"] = "1 place de la Mairie",
            ["Input.PostalCode"] = "01990",
            ["Input.City"] = "Baneins",
            ["Input.Phone"] = "0612345678",
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        };

        private static Dictionary<string, string> ChildFields(string birthDate, string firstName = "Zoé") => new()
        {
            ["Input.FirstName"] = firstName,
            ["Input.LastName"] = "Martin",
            ["Input.BirthDate"] = birthDate,
            ["Input.Filiation"] = "Mere",
        };

        private static MultipartFormDataContent ChildWithPhoto(byte[] photo)
        {
            var form = new MultipartFormDataContent();
            foreach (var (key, value) in ChildFields("2019-05-01"))
            {
                form.Add(new StringContent(value), key);
            }

            form.Add(new ByteArrayContent(photo), "Photo", "photo.jpg");
            return form;
        }
    }
}
