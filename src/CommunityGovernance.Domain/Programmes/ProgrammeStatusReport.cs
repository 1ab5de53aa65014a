using Ardalis.GuardClauses;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Programmes;

/// <summary>Status reports on a programme, per community and per street (社八件 推进情况).</summary>
[AdministrativeSide]
public static class ProgrammeStatusReport
{
    /// <summary>
    /// A street's report: every administrative community of the street in <paramref name="district"/>, those with no
    /// fulfilment of the programme counted as not started.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="district">The district whose hierarchy lists the street's communities.</param>
    /// <param name="street">The street office or township.</param>
    /// <param name="fulfilments">The fulfilments known; those of other programmes or streets are ignored.</param>
    /// <returns>The report.</returns>
    /// <exception cref="DomainRuleViolationException">An argument is missing.</exception>
    public static StreetProgrammeStatus ForStreet(ProgrammeTemplate programme, District district, AreaCode street, IEnumerable<ProgrammeFulfilment> fulfilments)
    {
        Guard.Against.MissingValue(programme);
        Guard.Against.MissingValue(district);
        Guard.Against.MissingValue(fulfilments);
        var byCommunity = new Dictionary<AdministrativeCommunityId, CommunityProgrammeStatus>();
        foreach (var fulfilment in fulfilments)
        {
            if (fulfilment is not null && string.Equals(fulfilment.Programme, programme.Code, StringComparison.Ordinal))
            {
                byCommunity[fulfilment.Community] = fulfilment.ToStatus();
            }
        }

        var communities = district.CommunitiesOf(street)
            .Select(c => byCommunity.TryGetValue(c, out var status) ? status : NotStarted(programme, c))
            .ToList();
        var tallies = programme.Items.Select(item => Tally(item.Key, communities));
        return new StreetProgrammeStatus(programme.Code, street, new EquatableArray<CommunityProgrammeStatus>(communities), new EquatableArray<MandatedItemTally>(tallies));
    }

    /// <summary>The report of a community that has not started the programme.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="community">The community.</param>
    /// <returns>Every item not started.</returns>
    public static CommunityProgrammeStatus NotStarted(ProgrammeTemplate programme, AdministrativeCommunityId community)
    {
        Guard.Against.MissingValue(programme);
        return new(programme.Code, community, new EquatableArray<MandatedItemFulfilment>(
            programme.Items.Select(i => new MandatedItemFulfilment(i.Key, MandatedItemStatus.NotStarted, null, default, null))));
    }

    private static MandatedItemTally Tally(string key, List<CommunityProgrammeStatus> communities)
    {
        int fulfilled = 0, inProgress = 0, notStarted = 0;
        foreach (var community in communities)
        {
            var status = community.Items.FirstOrDefault(i => string.Equals(i.Item, key, StringComparison.Ordinal))?.Status ?? MandatedItemStatus.NotStarted;
            switch (status)
            {
                case MandatedItemStatus.Fulfilled:
                    fulfilled++;
                    break;
                case MandatedItemStatus.InProgress:
                    inProgress++;
                    break;
                default:
                    notStarted++;
                    break;
            }
        }

        return new MandatedItemTally(key, fulfilled, inProgress, notStarted);
    }
}
