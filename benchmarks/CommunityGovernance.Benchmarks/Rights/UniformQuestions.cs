using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Benchmarks.Rights;

/// <summary>
/// One question as a request brings it: the actor's id as fresh text (never the string object the index stores, so
/// every comparison reads the characters), and the same id already made into an <see cref="ActorId"/> (hashed) for
/// the runs that leave the id's making out.
/// </summary>
public readonly record struct UniformQuestion(string ActorText, ActorId Actor, GovernancePower Power, CommunityUnit Unit, Instant At);

/// <summary>
/// Questions drawn uniformly over every holder of the workload: the holder first (a district government, a street office
/// or a residents' committee, each as likely as any other), then half the time a community within its scope and half
/// the time any community; the power and the instant uniformly, the instant over the term and a month either side.
/// </summary>
public static class UniformQuestions
{
    public static UniformQuestion[] Draw(List<DivisionRow> rows, int count, int seed)
    {
        var holders = rows.Select(r => r.Code).ToArray();
        var communities = rows.Where(r => r.Level == "community").Select(r => r.Code).ToArray();
        Array.Sort(communities, StringComparer.Ordinal);
        var random = new Random(seed);
        var questions = new UniformQuestion[count];
        var days = (int)(RightsWorkload.Term.Duration.TotalDays + 60);
        for (var i = 0; i < count; i++)
        {
            var code = holders[random.Next(holders.Length)];
            string community;
            if (random.Next(2) == 0)
            {
                // Codes are hierarchical, so the communities of a scope are one run of the sorted codes.
                var first = LowerBound(communities, code);
                var last = LowerBound(communities, code + "\uffff");
                community = communities[first + random.Next(last - first)];
            }
            else
            {
                community = communities[random.Next(communities.Length)];
            }

            var power = (GovernancePower)(1 + random.Next(4));
            var at = RightsWorkload.Term.Start + Duration.FromDays(random.Next(-30, days - 30)) + Duration.FromMinutes(random.Next(24 * 60));
            questions[i] = new UniformQuestion(
                new string(code.AsSpan()),
                new ActorId(new string(code.AsSpan())),
                power,
                CommunityUnit.Administrative(AreaCode.Parse(community, AdministrativeLevel.Community)),
                at);
        }

        return questions;
    }

    private static int LowerBound(string[] sorted, string value)
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(sorted[middle], value) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
