using System.Xml;
using System.Xml.Linq;
using RestSharp;

namespace Platform.PaymentProviders.PayFip;

/// <summary>Posts an envelope to the PayFiP service and returns the operation's <c>return</c> element, or throws
/// <see cref="PayFipRefusalException"/> for a functional fault and <see cref="PayFipUnavailableException"/> otherwise.</summary>
internal sealed class PayFipSoapClient : IDisposable
{
    private readonly RestClient client = new(new RestClientOptions { Timeout = TimeSpan.FromSeconds(30) });

    public async Task<XElement> CallAsync(Uri serviceUrl, XDocument envelope, CancellationToken cancellationToken)
    {
        var request = new RestRequest(serviceUrl, Method.Post);
        request.AddHeader("SOAPAction", "\"\"");
        request.AddStringBody(envelope.ToString(SaveOptions.DisableFormatting), "text/xml");

        var response = await client.ExecuteAsync(request, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        // RestSharp reports an HTTP 500 as an error too, but a SOAP fault comes precisely with a 500: only a missing
        // HTTP answer (refused connection, timeout) is an outage by itself.
        if (response.StatusCode == 0)
        {
            throw new PayFipUnavailableException($"PayFiP did not answer ({response.ResponseStatus}): {response.ErrorMessage}", response.ErrorException);
        }

        var body = ReadBody(response.Content)
            ?? throw new PayFipUnavailableException($"PayFiP answered HTTP {(int)response.StatusCode} without a SOAP body.");
        if (body.Element(PayFipEnvelopes.Soap + "Fault") is { } fault)
        {
            throw FaultException(fault);
        }

        return body.Elements().FirstOrDefault()?.Element("return")
            ?? throw new PayFipUnavailableException("PayFiP answered without a 'return' element.");
    }

    public void Dispose() => client.Dispose();

    private static XElement? ReadBody(string? content)
    {
        try
        {
            return string.IsNullOrWhiteSpace(content) ? null : XDocument.Parse(content).Root?.Element(PayFipEnvelopes.Soap + "Body");
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>Only <c>FonctionnelleErreur</c> is about the request; the <c>Tech…Erreur</c> faults are outages.</summary>
    private static Exception FaultException(XElement fault)
    {
        var functional = fault.Element("detail")?.Elements().FirstOrDefault(e => e.Name.LocalName == "FonctionnelleErreur");
        if (functional is null)
        {
            return new PayFipUnavailableException($"PayFiP technical fault: {(string?)fault.Element("faultstring")}");
        }

        string Field(string name) => functional.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim() ?? "";
        return new PayFipRefusalException(Field("code"), Field("libelle"));
    }
}
