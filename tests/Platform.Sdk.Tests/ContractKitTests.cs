using System.Xml.Linq;
using Xunit;

namespace Platform.Sdk.Tests;

/// <summary>The sample's own tests, the SDK's contract kit among them, from the Testing package.</summary>
[Collection(SdkCollection.Name)]
public sealed class ContractKitTests(SdkWorkspace workspace)
{
    [Fact]
    public async Task The_sample_passes_the_contract_kit_from_the_package()
    {
        var results = Path.Combine(workspace.Root, "contract-results");

        var (exitCode, output) = await DotNet.RunAsync(
        [
            "test", "samples/CounterPayment.Tests/CounterPayment.Tests.csproj", "-c", "Release",
            "--logger", "trx;LogFileName=counter.trx", "--results-directory", results,
            .. workspace.SampleProperties(await workspace.CurrentAsync(), "contract"),
        ]);

        Assert.True(exitCode == 0, output);
        var outcomes = XDocument.Load(Path.Combine(results, "counter.trx")).Descendants()
            .Where(e => e.Name.LocalName == "UnitTestResult")
            .ToDictionary(e => (string)e.Attribute("testName")!, e => (string)e.Attribute("outcome")!);
        Assert.Contains(outcomes, o => o.Key.EndsWith(".A_paid_payment_reads_as_succeeded_for_its_amount", StringComparison.Ordinal));
        Assert.All(outcomes, o => Assert.Equal("Passed", o.Value));
    }
}
