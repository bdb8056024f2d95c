namespace Platform.PaymentProviders.Sepa.Settings;

/// <summary>The pain.008 message version a bank takes.</summary>
public enum SepaFileFormat
{
    /// <summary>pain.008.001.08, the 2019 ISO version every SEPA bank takes since March 2024.</summary>
    Pain00800108,

    /// <summary>pain.008.001.02, for banks that still ask for it.</summary>
    Pain00800102,
}

public static class SepaFileFormats
{
    public const string Version08 = "pain.008.001.08";

    public const string Version02 = "pain.008.001.02";

    public static string Code(this SepaFileFormat format) => format == SepaFileFormat.Pain00800102 ? Version02 : Version08;

    public static string Namespace(this SepaFileFormat format) => $"urn:iso:std:iso:20022:tech:xsd:{format.Code()}";
}
