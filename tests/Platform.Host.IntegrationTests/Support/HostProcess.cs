using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Platform.Host.IntegrationTests.Support;

/// <summary>The real host as a separate process (dotnet Platform.Host.dll) on a loopback port, so several hosts can
/// share one SQLite file like two servers share one database.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;

    private HostProcess(Process process, Uri address, System.Collections.Concurrent.ConcurrentQueue<string> log)
    {
        this.process = process;
        Address = address;
        Log = log;
    }

    /// <summary>What the process printed, for a failing test's message.</summary>
    public IEnumerable<string> Log { get; }

    public Uri Address { get; }

    /// <param name="settings">Configuration given as environment variables ("Ordering__PaymentDelayMinutes").</param>
    public static async Task<HostProcess> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", $"Platform.Host.dll --urls http://127.0.0.1:{port}")
        {
            WorkingDirectory = Paths.HostOutput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Platform__DataDirectory"] = dataDirectory;
        start.Environment["Platform__Administrator__Email"] = TestPlatform.AdminEmail;
        start.Environment["Platform__Administrator__Password"] = TestPlatform.Password;
        start.Environment["Jobs__Storage"] = "InMemory";
        start.Environment["Jobs__RunServer"] = "false";
        start.Environment["Demo__Enabled"] = "false";

        // The tests sign many parents in from this one address; the security suite checks the real limits.
        start.Environment["Security__RateLimits__ClientRequestsPerMinute"] = "100000";
        start.Environment["Security__RateLimits__LoginAttemptsPerMinute"] = "100000";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}"), log);
        using var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/")).IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host process stopped with code {process.ExitCode}.");
            }

            await Task.Delay(500);
        }

        await host.DisposeAsync();
        throw new TimeoutException("The host process did not answer within 60 s.");
    }

    public HttpClient Client() => new() { BaseAddress = Address };

    /// <summary>Kills the process (SIGKILL on Linux: no shutdown code runs), as a power cut or an OOM kill would.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
