using Platform.Core.Modularity;

namespace Platform.PaymentProviders.Sepa.Application;

/// <summary>The demo family signed a mandate with each régie that collects by direct debit (Baneins), before Billing's
/// demo debits its last invoice.</summary>
internal sealed class SepaDemo(ISepaCreditorSettings creditors, MandateService mandates) : IDemoSeed
{
    public int Order => 50;

    public async Task SeedAsync(DemoScenario scenario, CancellationToken cancellationToken)
    {
        foreach (var regie in await creditors.ForFamilyAsync(scenario.FamilyId, cancellationToken))
        {
            var signed = await mandates.SignAsync(
                scenario.FamilyId, regie, new MandateForm("Julie Martin", "12 rue des Étangs, 01990 Baneins", "FR1420041010050500013M02606", null, true), cancellationToken);
            if (!signed.Succeeded)
            {
                throw new InvalidOperationException($"The demo mandate is refused: {string.Join(" ", signed.Errors.SelectMany(e => e.Value))}");
            }
        }
    }
}
