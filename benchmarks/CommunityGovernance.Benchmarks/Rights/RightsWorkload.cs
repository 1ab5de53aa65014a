using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Benchmarks.Rights;

/// <summary>
/// Rights delegated down the real hierarchy for every unit of a scope: the district government holds all four
/// powers over its district, each street office three over its street, each residents' committee two over its
/// community (the last level holds the least); plus a fixed, seeded set of questions over the scope.
/// </summary>
public sealed class RightsWorkload
{
    public static readonly Interval Term = new(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2031, 1, 1, 0, 0));

    public static readonly GovernancePowers StreetPowers =
        GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.TimeScheduling, GovernancePower.InspectionAndAssessment);

    public static readonly GovernancePowers CommunityPowers = GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.TimeScheduling);

    private RightsWorkload(List<GovernanceRight> trees, List<DomainEvent> events, RightsQuestion[] questions, int rights, CommunityDirectory directory)
    {
        Directory = directory;
        Trees = trees;
        Events = events;
        Questions = questions;
        Rights = rights;
    }

    public List<GovernanceRight> Trees { get; }

    /// <summary>What the rows established and who holds their rights, as the rights commands read it.</summary>
    public CommunityDirectory Directory { get; }

    public List<DomainEvent> Events { get; }

    public RightsQuestion[] Questions { get; }

    public int Rights { get; }

    // The ids are the units' own codes, as read from the rows: a vendor's import takes its ids from its data rather
    // than formatting new strings (district, street and community codes differ in length, so no two ids collide).
    // Formatting "gov-…", "so-…", "rc-…" and "R…" cost the country's load 67 MiB and ~0.2-0.3 s on the vendor's side.
    public static ActorId Government(string districtCode) => new(districtCode);

    public static ActorId StreetOffice(string streetCode) => new(streetCode);

    public static ActorId ResidentsCommittee(string communityCode) => new(communityCode);

    /// <summary>The holder of each row's right: the district government, the street office or the residents' committee.</summary>
    public static ActorId HolderOf(DivisionRow row) => row.Level switch
    {
        "district" => Government(row.Code),
        "street" => StreetOffice(row.Code),
        _ => ResidentsCommittee(row.Code),
    };

    /// <summary>
    /// Grants the rights of every district in <paramref name="rows"/> and delegates them down, parents before children:
    /// one batch per parent (a district to its streets, a street to its communities), as a decree would. With
    /// <paramref name="keepPending"/> every tree keeps its events pending (for a store to save) and <see cref="Events"/> stays empty.
    /// </summary>
    /// <remarks>
    /// With <paramref name="revokeEvery"/> above 0, every that-many-th street right and community right is revoked
    /// half-way through the term (a street's revocation takes its communities' rights with it), so that answers turn
    /// with time as they do in production.
    /// </remarks>
    public static RightsWorkload Build(List<DivisionRow> rows, int questions, int seed, bool keepPending = false, int revokeEvery = 0, CommunityDirectory? known = null)
    {
        var events = new List<DomainEvent>(rows.Count);
        var trees = new Dictionary<string, GovernanceRight>(StringComparer.Ordinal);
        var rightOfParent = new Dictionary<string, GovernanceRightId>(StringComparer.Ordinal);
        var districtOfStreet = new Dictionary<string, string>(StringComparer.Ordinal);
        var at = Term.Start;
        var communities = new List<DivisionRow>(questions > 0 ? rows.Count : 0);
        var batch = new List<Delegation>();
        GovernanceRight? batchTree = null;
        var batchParent = string.Empty;
        var rights = 0;
        // Given a directory that already knows the units and the holders (the national run's: a projection of the District
        // events and the registrations, as a deployment keeps it), the workload reads it; otherwise it teaches its own.
        var directory = known ?? new CommunityDirectory();
        var teach = known is null;
        foreach (var row in rows)
        {
            var unit = CommunityUnit.Administrative(row.AreaCode());
            if (teach)
            {
                Existing.Establish(directory, unit.AreaCode, at);
            }

            var id = new GovernanceRightId(row.Code);
            rights++;
            if (row.Level == "district")
            {
                if (teach)
                {
                    Existing.Register(directory, Government(row.Code), at);
                }

                var tree = GovernanceRight.Grant(id, new RightTerms(Government(row.Code), GovernancePowers.All, unit, Term), directory, at);
                trees[row.Code] = tree;
                Store(tree, events, keepPending);
                rightOfParent[row.Code] = id;
                continue;
            }

            // Rows come ordered by code within each level, so a parent's children are contiguous.
            if (!string.Equals(row.ParentCode, batchParent, StringComparison.Ordinal))
            {
                if (batchTree is not null)
                {
                    batchTree.DelegateMany(batch, directory, at);
                    Store(batchTree, events, keepPending);
                }

                batch.Clear();
                batchParent = row.ParentCode;
                batchTree = trees[row.Level == "street" ? row.ParentCode : districtOfStreet[row.ParentCode]];
            }

            if (row.Level == "street")
            {
                districtOfStreet[row.Code] = row.ParentCode;
                rightOfParent[row.Code] = id;
                if (teach)
                {
                    Existing.Register(directory, StreetOffice(row.Code), at);
                }

                batch.Add(new(rightOfParent[row.ParentCode], id, new RightTerms(StreetOffice(row.Code), StreetPowers, unit, Term)));
            }
            else
            {
                if (teach)
                {
                    Existing.Register(directory, ResidentsCommittee(row.Code), at);
                }

                batch.Add(new(rightOfParent[row.ParentCode], id, new RightTerms(ResidentsCommittee(row.Code), CommunityPowers, unit, Term)));
                if (questions > 0)
                {
                    communities.Add(row);
                }
            }
        }

        if (batchTree is not null)
        {
            batchTree.DelegateMany(batch, directory, at);
            Store(batchTree, events, keepPending);
        }

        if (revokeEvery > 0)
        {
            var revokedAt = Term.Start + Duration.FromDays(913);
            var n = 0;
            foreach (var row in rows)
            {
                if (row.Level == "district" || ++n % revokeEvery != 0)
                {
                    continue;
                }

                var tree = trees[row.Level == "street" ? row.ParentCode : districtOfStreet[row.ParentCode]];
                var id = new GovernanceRightId(row.Code);
                if (tree.Rights.Any(r => r.Id == id && !r.IsRevoked))
                {
                    tree.Revoke(id, revokedAt);
                    Store(tree, events, keepPending);
                }
            }
        }

        return new RightsWorkload([.. trees.Values], events, Ask(communities, districtOfStreet, questions, seed), rights, directory);
    }

    // What a vendor's store does after each command: append the command's events to the log (or leave them pending,
    // for the storage benchmark to save through an event store).
    private static void Store(GovernanceRight tree, List<DomainEvent> events, bool keepPending)
    {
        if (!keepPending)
        {
            events.AddRange(tree.DequeuePendingEvents());
        }
    }

    // A third each: a committee about its own community, a street office about a community of its street, and
    // someone about a community elsewhere (mostly refused, walking the whole chain). Powers and instants vary.
    private static RightsQuestion[] Ask(List<DivisionRow> communities, Dictionary<string, string> districtOfStreet, int count, int seed)
    {
        var random = new Random(seed);
        var questions = new RightsQuestion[count];
        for (var i = 0; i < count; i++)
        {
            var community = communities[random.Next(communities.Count)];
            var unit = CommunityUnit.Administrative(community.AreaCode());
            var actor = (i % 3) switch
            {
                0 => ResidentsCommittee(community.Code),
                1 => StreetOffice(community.ParentCode),
                _ => i % 2 == 0
                    ? Government(districtOfStreet[communities[random.Next(communities.Count)].ParentCode])
                    : ResidentsCommittee(communities[random.Next(communities.Count)].Code),
            };
            var power = (GovernancePower)(1 + random.Next(4));
            var at = Term.Start + Duration.FromDays(random.Next(-30, (5 * 365) + 30));
            questions[i] = new RightsQuestion(actor, power, unit, at);
        }

        return questions;
    }
}
