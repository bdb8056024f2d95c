using System.Xml;
using System.Xml.Schema;
using Xunit;

namespace Platform.Host.IntegrationTests.Billing;

/// <summary>Validates a pain.008 file against its ISO 20022 XSD in the folder named by SEPA_XSD_DIR (reference data
/// kept outside the repository); a missing folder fails the test, never skips it.</summary>
internal static class SepaXsd
{
    public static void AssertValid(string xml, string version)
    {
        var folder = Environment.GetEnvironmentVariable("SEPA_XSD_DIR");
        Assert.False(string.IsNullOrWhiteSpace(folder), "SEPA_XSD_DIR is not set: point it at the folder of the ISO 20022 schemas (locally /work/shared/xsd).");
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema };
        settings.Schemas.Add($"urn:iso:std:iso:20022:tech:xsd:{version}", Path.Combine(folder!, $"{version}.xsd"));
        var errors = new List<string>();
        settings.ValidationEventHandler += (_, e) => errors.Add($"line {e.Exception.LineNumber}: {e.Message}");
        using (var reader = XmlReader.Create(new StringReader(xml), settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.True(errors.Count == 0, $"The {version} file does not match its XSD:\n{string.Join("\n", errors)}");
    }
}
