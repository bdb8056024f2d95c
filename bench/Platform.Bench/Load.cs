using System.Diagnostics;

namespace Platform.Bench;

/// <summary>Throughput and latency of one measured scenario.</summary>
public sealed record Figures(string Name, int Concurrency, int Completed, int Errors, double Seconds, double P50Ms, double P95Ms, double P99Ms)
{
    public double PerSecond => Completed / Seconds;

    public static Figures From(string name, int concurrency, IReadOnlyCollection<double> latenciesMs, int errors, double seconds)
    {
        var sorted = latenciesMs.Order().ToArray();
        return new Figures(name, concurrency, sorted.Length, errors, seconds, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

/// <summary>Closed-loop load: <c>concurrency</c> workers each send their next request as soon as the last answered.</summary>
public static class Load
{
    /// <summary>Repeats <paramref name="operation"/> for a fixed time after a short warm-up.</summary>
    public static async Task<Figures> SteadyAsync(string name, int concurrency, TimeSpan duration, Func<int, Task<bool>> operation)
    {
        await RunAsync(concurrency, TimeSpan.FromSeconds(1), operation);
        var (latencies, errors, seconds) = await RunAsync(concurrency, duration, operation);
        return Figures.From(name, concurrency, latencies, errors, seconds);
    }

    /// <summary>Each item once, <paramref name="concurrency"/> at a time (the rush: every parent books once).</summary>
    public static async Task<Figures> EachOnceAsync<T>(string name, int concurrency, IReadOnlyList<T> items, Func<T, Task<bool>> operation)
    {
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var errors = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < items.Count; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                if (await Safely(() => operation(items[i])))
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        return Figures.From(name, concurrency, latencies, errors, clock.Elapsed.TotalSeconds);
    }

    private static async Task<(List<double> Latencies, int Errors, double Seconds)> RunAsync(int concurrency, TimeSpan duration, Func<int, Task<bool>> operation)
    {
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                if (await Safely(() => operation(worker)))
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        return (latencies.ToList(), errors, clock.Elapsed.TotalSeconds);
    }

    private static async Task<bool> Safely(Func<Task<bool>> operation)
    {
        try
        {
            return await operation();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
