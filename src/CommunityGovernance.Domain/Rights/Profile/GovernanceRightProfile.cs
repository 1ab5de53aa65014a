using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// A community's governance-right profile: what an actor — typically the residents' committee — holds
/// over a community at an instant from the administrative source (科层) and what from integrated market and social
/// resources, so that one can show how integrating resources expands its governance rights.
/// </summary>
/// <param name="Holder">The actor.</param>
/// <param name="Community">The community.</param>
/// <param name="At">The instant.</param>
/// <param name="AdministrativePowers">The powers held from the administrative source.</param>
/// <param name="AdministrativeResources">The resources the administrative rights may allocate.</param>
/// <param name="MarketAndSocialPowers">The powers held from the market and social source.</param>
/// <param name="MarketAndSocialResources">The resources the market-and-social rights may allocate.</param>
public sealed record GovernanceRightProfile(
    ActorId Holder,
    CommunityUnit Community,
    Instant At,
    GovernancePowers AdministrativePowers,
    ResourceAllowance AdministrativeResources,
    GovernancePowers MarketAndSocialPowers,
    ResourceAllowance MarketAndSocialResources)
{
    /// <summary>Every power held, from either source.</summary>
    public GovernancePowers Powers => AdministrativePowers.Union(MarketAndSocialPowers);

    /// <summary>The powers that only integration brought: held from the market and social source but not the administrative one.</summary>
    public GovernancePowers PowersGainedByIntegration => MarketAndSocialPowers.Except(AdministrativePowers);

    /// <summary>Whether integrating resources expanded the holder's rights: new powers, or resources to allocate.</summary>
    public bool IsExpandedByIntegration => !PowersGainedByIntegration.IsEmpty || !MarketAndSocialResources.IsNone;

    /// <summary>
    /// Profiles what <paramref name="holder"/> holds over <paramref name="community"/> at <paramref name="at"/>:
    /// every live right of the holder whose scope covers the community, split by source. A right delegated from
    /// another right the holder also counts is not counted again, so resources are not added twice.
    /// </summary>
    /// <param name="holder">The actor.</param>
    /// <param name="community">The community.</param>
    /// <param name="trees">The rights, as aggregates.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The profile.</returns>
    public static GovernanceRightProfile Of(ActorId holder, CommunityUnit community, IEnumerable<GovernanceRight> trees, Instant at)
    {
        Guard.Against.MissingValue(trees);
        var administrativePowers = GovernancePowers.None;
        var marketPowers = GovernancePowers.None;
        var administrativeResources = ResourceAllowance.None;
        var marketResources = ResourceAllowance.None;
        foreach (var tree in trees)
        {
            var counted = tree.Rights.Where(r => r.Holder == holder && r.IsLiveAt(at) && r.Terms.Covers(community)).ToList();
            var countedIds = counted.Select(r => r.Id).ToHashSet();
            foreach (var right in counted.Where(r => !HasAncestorAmong(tree, r, countedIds)))
            {
                if (right.Source == RightSource.Administrative)
                {
                    administrativePowers = administrativePowers.Union(right.Powers);
                    administrativeResources = administrativeResources.Add(right.Terms.Resources);
                }
                else
                {
                    marketPowers = marketPowers.Union(right.Powers);
                    marketResources = marketResources.Add(right.Terms.Resources);
                }
            }
        }

        return new(holder, community, at, administrativePowers, administrativeResources, marketPowers, marketResources);
    }

    private static bool HasAncestorAmong(GovernanceRight tree, HeldRight right, HashSet<GovernanceRightId> ids)
    {
        for (var parent = right.DelegatedFrom; parent is { } id; parent = tree.Find(id)?.DelegatedFrom)
        {
            if (ids.Contains(id))
            {
                return true;
            }
        }

        return false;
    }
}
