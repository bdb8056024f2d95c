using Microsoft.EntityFrameworkCore;

namespace Platform.Core.Data;

/// <summary>One registered context: lets the host migrate it at start-up and tests inspect it.</summary>
public interface IModuleDatabase
{
    string Schema { get; }

    Type ContextType { get; }

    /// <summary>Creates a context of this kind for the given provider (design-time checks, scripts).</summary>
    DbContext CreateContext(DatabaseSettings settings);
}
