using System.Xml.Linq;
using Platform.PaymentProviders.Sandboxes.PayFip;
using Xunit;

namespace Platform.PaymentProviders.PayFip.Tests;

/// <summary>The envelopes as the fake received them, element by element (spec §3.4).</summary>
public sealed class PayFipEnvelopeTests : PayFipTestBase
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Service =
        "http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/contrat_paiement_securise/PaiementSecuriseService";

    [Fact]
    public async Task CreerPaiementSecurise_carries_the_nine_fields_unqualified_under_arg0()
    {
        var request = PayFipWorld.NewRequest(1250, description: "Cantine d'Élodie – novembre");

        await World.StartPaymentAsync(request);

        var sent = Assert.Single(World.Fake.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/tpa/services/securite", sent.Path);
        Assert.StartsWith("text/xml", sent.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("\"\"", sent.Headers["SOAPAction"]);
        var arguments = Arguments(sent, "creerPaiementSecurise");
        Assert.Equal(
            [
                ("exer", "2026"),
                ("mel", "parent@example.org"),
                ("montant", "1250"),
                ("numcli", PayFipWorld.Numcli),
                ("objet", "Cantine d Elodie novembre"),
                ("refdet", PayFipFields.Refdet(request.PaymentId)),
                ("saisie", "T"),
                ("urlnotif", request.CallbackUrl.AbsoluteUri),
                ("urlredirect", request.ReturnUrl.AbsoluteUri),
            ],
            arguments);
    }

    [Fact]
    public async Task RecupererDetailPaiementSecurise_carries_only_the_idOp()
    {
        var redirect = await World.StartPaymentAsync(PayFipWorld.NewRequest());

        await World.StatusAsync(redirect.ProviderReference);

        var sent = World.Fake.Requests[^1];
        Assert.Equal([("idOp", redirect.ProviderReference.Split(':')[0])], Arguments(sent, "recupererDetailPaiementSecurise"));
    }

    [Fact]
    public async Task Exer_is_the_year_in_Paris()
    {
        World.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero));

        await World.StartPaymentAsync(PayFipWorld.NewRequest());

        Assert.Contains(("exer", "2027"), Arguments(Assert.Single(World.Fake.Requests), "creerPaiementSecurise"));
    }

    /// <summary>Checks Envelope/Header, Envelope/Body/operation/arg0 and returns arg0's children in order.</summary>
    private static List<(string, string)> Arguments(FakePayFipRequest sent, string operation)
    {
        var envelope = XDocument.Parse(sent.Body).Root!;
        Assert.Equal(Soap + "Envelope", envelope.Name);
        Assert.Equal([Soap + "Header", Soap + "Body"], envelope.Elements().Select(e => e.Name));
        var call = Assert.Single(envelope.Element(Soap + "Body")!.Elements());
        Assert.Equal(Service + operation, call.Name);
        var arg0 = Assert.Single(call.Elements());
        Assert.Equal(XName.Get("arg0"), arg0.Name);
        Assert.All(arg0.Elements(), e => Assert.Equal(XNamespace.None, e.Name.Namespace));
        Assert.All(arg0.Elements(), e => Assert.False(e.HasElements));
        return arg0.Elements().Select(e => (e.Name.LocalName, e.Value)).ToList();
    }
}
