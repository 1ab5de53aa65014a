using BenchmarkDotNet.Attributes;

namespace CommunityGovernance.Benchmarks;

/// <summary>
/// The physical floor of a country-wide rights check: one dependent random read from a working set far larger
/// than the caches. Each step follows a random single-cycle permutation, so no prefetcher can guess the next
/// address and every read waits for the previous one.
/// </summary>
[MemoryDiagnoser]
public class MemoryLatencyBenchmarks
{
    public const int StepsPerInvoke = 1024;

    private int[] _next = [];
    private int _position;

    /// <summary>Entries of 4 bytes: 32 Mi entries span 128 MiB, well past any L3 cache on the machines we run.</summary>
    [Params(32 * 1024 * 1024)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _next = RandomCycle(Entries, seed: 20261130);
        _position = 0;
    }

    [Benchmark(OperationsPerInvoke = StepsPerInvoke, Description = "one random memory access")]
    public int RandomAccess()
    {
        var next = _next;
        var position = _position;
        for (var i = 0; i < StepsPerInvoke; i++)
        {
            position = next[position];
        }

        _position = position;
        return position;
    }

    /// <summary>Sattolo's algorithm: a uniformly random permutation that is one single cycle.</summary>
    public static int[] RandomCycle(int length, int seed)
    {
        var cycle = new int[length];
        for (var i = 0; i < length; i++)
        {
            cycle[i] = i;
        }

        var random = new Random(seed);
        for (var i = length - 1; i > 0; i--)
        {
            var j = random.Next(i);
            (cycle[i], cycle[j]) = (cycle[j], cycle[i]);
        }

        return cycle;
    }
}
