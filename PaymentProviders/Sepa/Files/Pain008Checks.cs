using System.Globalization;
using Platform.PaymentProviders.Sepa.Domain;
using Platform.PaymentProviders.Sepa.Settings;

namespace Platform.PaymentProviders.Sepa.Files;

/// <summary>The rules a batch must meet before it becomes a file (beyond what the XSD checks).</summary>
internal static class Pain008Checks
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string? Problem(CreditorSettings creditor, IReadOnlyList<DirectDebitCollection> collections, DateOnly today)
    {
        if (collections.Count == 0)
        {
            return "Aucun prélèvement à mettre dans le fichier : le lot est vide.";
        }

        var earliest = today.AddDays(creditor.PreNotificationDays);
        foreach (var collection in collections)
        {
            if (Problem(creditor, collection, today, earliest) is { } problem)
            {
                return problem;
            }
        }

        var duplicate = collections.GroupBy(c => c.EndToEndId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? null : $"La référence de bout en bout {duplicate.Key} apparaît deux fois dans le lot.";
    }

    private static string? Problem(CreditorSettings creditor, DirectDebitCollection collection, DateOnly today, DateOnly earliest)
    {
        var mandate = collection.Mandate;
        if (mandate.RevokedOn is { } revoked)
        {
            return $"Le mandat {mandate.Rum} a été révoqué le {Day(revoked)} : le prélèvement {collection.EndToEndId} ne peut plus être présenté.";
        }

        if (mandate.StateOn(today) == MandateState.Lapsed)
        {
            return $"Le mandat {mandate.Rum} est caduc (36 mois sans prélèvement) : le prélèvement {collection.EndToEndId} ne peut pas être présenté, la famille doit signer un nouveau mandat.";
        }

        if (collection.AmountCents <= 0)
        {
            return $"Le prélèvement {collection.EndToEndId} doit avoir un montant positif.";
        }

        if (!SepaText.IsValidIdentifier(collection.EndToEndId))
        {
            return $"La référence de bout en bout « {collection.EndToEndId} » n'est pas acceptée par les banques (35 caractères SEPA au plus).";
        }

        if (mandate.CreditorIdentifier != creditor.Creditor.Identifier.Value)
        {
            return $"Le mandat {mandate.Rum} a été signé pour un autre créancier ({mandate.CreditorIdentifier}).";
        }

        if (!TargetCalendar.IsBusinessDay(collection.DueDate))
        {
            return $"Le {Day(collection.DueDate)} n'est pas un jour ouvré TARGET : choisissez par exemple le {Day(TargetCalendar.OnOrAfter(collection.DueDate))}.";
        }

        return collection.DueDate < earliest
            ? $"L'échéance du {Day(collection.DueDate)} est trop proche : les familles doivent être prévenues {creditor.PreNotificationDays} jours avant, l'échéance doit donc tomber le {Day(TargetCalendar.OnOrAfter(earliest))} au plus tôt."
            : null;
    }

    private static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", French);
}
