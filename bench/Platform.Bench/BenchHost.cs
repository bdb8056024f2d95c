using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Platform.Host.IntegrationTests.Support;

namespace Platform.Bench;

/// <summary>The Release host as its own process on a loopback port, configured as a deployment would be (logs at
/// Warning, the job server on), on a fresh data directory and database.</summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> log;

    private BenchHost(Process process, Uri address, string dataDirectory, ConcurrentQueue<string> log)
    {
        this.process = process;
        this.log = log;
        Address = address;
        DataDirectory = dataDirectory;
    }

    /// <summary>Environment variables starting with this are given to the host without it
    /// ("BENCH_HOST_Logging__LogLevel__Default=Information").</summary>
    public const string HostSettingPrefix = "BENCH_HOST_";

    public Uri Address { get; }

    public string DataDirectory { get; }

    public static async Task<BenchHost> StartAsync(string hostDirectory, string? postgres)
    {
        var data = Path.Combine(Path.GetTempPath(), "platform-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", $"Platform.Host.dll --urls http://127.0.0.1:{port}")
        {
            WorkingDirectory = hostDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Staging";
        start.Environment["Platform__PublicBaseUrl"] = $"http://127.0.0.1:{port}";
        start.Environment["Platform__DataDirectory"] = data;
        start.Environment["Platform__Administrator__Email"] = HttpWorld.AdminEmail;
        start.Environment["Platform__Administrator__Password"] = HttpWorld.Password;
        start.Environment["Demo__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        // The parents of the rush all sign up from this one address: the per-address limit of the account endpoints
        // would (rightly) throttle them. Per-account limits stay as configured.
        start.Environment["Security__RateLimits__ClientRequestsPerMinute"] = "100000";
        foreach (var (key, value) in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
                     .Select(e => ((string)e.Key, (string?)e.Value)).Where(e => e.Item1.StartsWith(HostSettingPrefix, StringComparison.Ordinal)))
        {
            start.Environment[key[HostSettingPrefix.Length..]] = value;
        }

        if (postgres is not null)
        {
            start.Environment["Database__Provider"] = "PostgreSql";
            start.Environment["ConnectionStrings__Platform"] = postgres;
        }

        var process = Process.Start(start)!;
        var log = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new BenchHost(process, new Uri($"http://127.0.0.1:{port}"), data, log);
        using var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 240; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/")).IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host stopped with code {process.ExitCode}:\n{string.Join("\n", log.TakeLast(40))}");
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The host did not answer within 60 s.");
    }

    /// <summary>The host's last log lines, for a failed run.</summary>
    public string Tail(int lines) => string.Join("\n", log.TakeLast(lines));

    public Task SaveLogAsync(string file) => File.WriteAllLinesAsync(file, log);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
