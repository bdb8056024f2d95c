using Microsoft.Extensions.Configuration;
using Platform.Core.Data;

namespace Platform.Core.Modularity;

/// <summary>What the host hands to a module while composing the application.</summary>
public sealed record ModuleContext(IConfiguration Configuration, DatabaseSettings Database, string DataDirectory);
