using System.Globalization;
using Platform.PaymentProviders.Sepa.Domain;

namespace Platform.PaymentProviders.Sepa.Pages.Prelevement;

/// <summary>The French words a parent reads about a mandate.</summary>
public static class MandateLabels
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string State(MandateState state) => state switch
    {
        MandateState.Active => "Actif",
        MandateState.Revoked => "Révoqué",
        MandateState.Lapsed => "Caduc : inutilisé depuis 36 mois",
        MandateState.Used => "Utilisé (prélèvement unique)",
        _ => state.ToString(),
    };

    /// <summary>A class of the host's stylesheet; the status is also written, never shown by colour alone.</summary>
    public static string StateClass(MandateState state) => state == MandateState.Active ? "status-validated" : "status-refused";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", French);

    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", French);

    public static string Masked(string iban) => Iban.FromStored(iban).Masked;
}
