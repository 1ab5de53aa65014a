using CommunityGovernance.Demands;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Testing.Demands;

/// <summary>Generators of deadline policies (办理时限).</summary>
public static class DeadlineGenerators
{
    /// <summary>Positive deadlines from one hour to 60 days, on the hour.</summary>
    public static Gen<Duration> Deadlines { get; } = Gen.Choose(1, 60 * 24).Select(h => Duration.FromHours(h));

    /// <summary>Policies that start from the default and set a generated deadline for some categories.</summary>
    public static Gen<DemandDeadlines> Policies { get; } =
        Gen.CollectToArray(Enum.GetValues<DemandCategory>(), category => Gen.OneOf(Gen.Constant<Duration?>(null), Deadlines.Select(d => (Duration?)d)))
            .Select(chosen => Enum.GetValues<DemandCategory>().Zip(chosen)
                .Where(x => x.Second is not null)
                .Aggregate(DemandDeadlines.Default, (policy, x) => policy.With(x.First, x.Second!.Value)));
}
