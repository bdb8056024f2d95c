using System.Globalization;
using Platform.Core.Application;
using Platform.Core.Email;
using Platform.PaymentProviders.Sepa.Domain;

namespace Platform.PaymentProviders.Sepa.Application;

/// <summary>The notice a debtor receives before a debit: amount, due date, mandate reference and creditor identifier.</summary>
public static class PreNotification
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static EmailMessage Compose(string to, Mandate mandate, long amountCents, DateOnly dueDate, string description)
    {
        var amount = Euros.Format(amountCents);
        var body = $"""
            Bonjour,

            {mandate.CreditorName} prélèvera {amount} sur le compte {Iban.FromStored(mandate.Iban).Masked} le {dueDate.ToString("dddd d MMMM yyyy", French)}.

            Objet : {description}
            Référence unique du mandat (RUM) : {mandate.Rum}
            Identifiant créancier SEPA (ICS) : {mandate.CreditorIdentifier}

            Si ce montant vous semble inexact, contactez la régie avant cette date. Vous pouvez aussi demander à votre banque le remboursement d'un prélèvement autorisé pendant 8 semaines après le débit.

            Vos mandats de prélèvement : rubrique « Prélèvement » de votre espace famille.
            """;
        return new EmailMessage(to, $"Prélèvement de {amount} le {dueDate.ToString("dd/MM/yyyy", French)}", body);
    }
}
