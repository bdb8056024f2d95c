using System.Xml;
using System.Xml.Schema;
using Platform.PaymentProviders.Sepa.Settings;
using Xunit;

namespace Platform.PaymentProviders.Sepa.Tests;

/// <summary>Validates files against the ISO 20022 XSDs in the folder named by SEPA_XSD_DIR (reference data kept
/// outside the repository). A missing folder or file fails the test: it is never skipped.</summary>
internal static class SepaSchemas
{
    public const string Variable = "SEPA_XSD_DIR";

    public static void AssertValid(string xml, SepaFileFormat format)
    {
        var folder = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(folder))
        {
            Assert.Fail($"{Variable} is not set: point it at the folder holding {SepaFileFormats.Version02}.xsd and {SepaFileFormats.Version08}.xsd (locally /work/shared/xsd).");
        }

        var path = Path.Combine(folder, $"{format.Code()}.xsd");
        if (!File.Exists(path))
        {
            Assert.Fail($"The ISO 20022 schema {path} is missing ({Variable}={folder}).");
        }

        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema };
        settings.Schemas.Add(format.Namespace(), path);
        var errors = new List<string>();
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using (var reader = XmlReader.Create(new StringReader(xml), settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.True(errors.Count == 0, $"The {format.Code()} file does not match its XSD:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }
}
