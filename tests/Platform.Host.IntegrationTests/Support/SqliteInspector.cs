using Microsoft.Data.Sqlite;

namespace Platform.Host.IntegrationTests.Support;

/// <summary>Reads the platform's SQLite file directly, to check what the host did without going through it.</summary>
public static class SqliteInspector
{
    public static IReadOnlyList<string> Tables(string databaseFile)
    {
        using var connection = Open(databaseFile);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>Row count of every table, plus the files under the upload and mail folders: a fingerprint of
    /// everything a request may have written.</summary>
    public static IReadOnlyDictionary<string, long> Snapshot(TestPlatform platform)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        using (var connection = Open(platform.DatabaseFile))
        {
            foreach (var table in Tables(platform.DatabaseFile))
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                counts[table] = (long)command.ExecuteScalar()!;
            }
        }

        foreach (var folder in new[] { "documents", "mail" })
        {
            var path = Path.Combine(platform.DataDirectory, folder);
            counts[$"files:{folder}"] = Directory.Exists(path) ? Directory.GetFiles(path).Length : 0;
        }

        return counts;
    }

    public static void Execute(string databaseFile, string sql)
    {
        using var connection = Open(databaseFile);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string databaseFile)
    {
        var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        return connection;
    }
}
