using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Living;
using NodaTime;

namespace CommunityGovernance.Benchmarks.Rights;

/// <summary>
/// Teaches a <see cref="CommunityDirectory"/> what a benchmark's rows establish, with the events a district and an
/// actor would raise: the rights commands read the library's own directory, as a vendor's would, so its lookups are
/// inside the timed phases.
/// </summary>
internal static class Existing
{
    public static void Establish(CommunityDirectory directory, AreaCode unit, Instant at) => directory.Apply(unit.Level switch
    {
        AdministrativeLevel.Street => new StreetEstablished(at, unit, string.Empty),
        AdministrativeLevel.Community => new AdministrativeCommunityEstablished(at, AdministrativeCommunityId.Parse(unit.ToString()), string.Empty),
        _ => new DistrictEstablished(at, unit, string.Empty),
    });

    public static void Register(CommunityDirectory directory, ActorId actor, Instant at) =>
        directory.Apply(new OrganisationRegistered(actor, ActorKind.ResidentsCommittee, string.Empty, at));

    /// <summary>A directory that knows one unit and one actor, for a delegation made outside a workload.</summary>
    public static CommunityDirectory Of(CommunityUnit unit, ActorId actor, Instant at)
    {
        var directory = new CommunityDirectory();
        if (unit.IsLiving)
        {
            directory.Apply(new LivingCommunityFounded(at, unit.LivingCommunityId, string.Empty));
        }
        else
        {
            Establish(directory, unit.AreaCode, at);
        }

        Register(directory, actor, at);
        return directory;
    }
}
