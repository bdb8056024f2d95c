namespace Platform.PaymentProviders.Sepa.Domain;

/// <summary>ISO 7064 MOD 97-10 over an alphanumeric string, letters read as numbers (A = 10 … Z = 35).</summary>
internal static class Mod97
{
    /// <summary>The remainder, or null when <paramref name="text"/> holds anything but digits and upper-case letters.</summary>
    public static int? Remainder(string text)
    {
        var remainder = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return null;
            }
        }

        return remainder;
    }
}
