namespace Platform.PaymentProviders.Sandboxes.PayFip;

/// <summary>One request the fake PayFiP received, as it came: tests check envelopes and answers from these.</summary>
public sealed record FakePayFipRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body);
