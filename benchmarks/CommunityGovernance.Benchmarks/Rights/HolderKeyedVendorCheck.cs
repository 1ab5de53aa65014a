using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Benchmarks.Rights;

/// <summary>
/// The strongest plain design a vendor would write in twenty lines: every holder's rights in a dictionary keyed by the
/// holder, each right its scope, powers and the instants it stands between (revocation included), and
/// <see cref="AreaCode.IsWithin"/> for the scope. Keyed by the id's text (the claim a request carries) or by
/// <see cref="ActorId"/>.
/// </summary>
public sealed class HolderKeyedVendorCheck
{
    private readonly Dictionary<string, Grant[]> _byText;
    private readonly Dictionary<ActorId, Grant[]> _byId;

    public HolderKeyedVendorCheck(IEnumerable<GovernanceRight> trees)
    {
        var grants = trees.SelectMany(t => t.Rights)
            .GroupBy(r => r.Holder.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(Grant.Of).ToArray(), StringComparer.Ordinal);
        _byText = grants;
        _byId = grants.ToDictionary(g => new ActorId(g.Key), g => g.Value);
    }

    public bool MayExercise(string actor, GovernancePower power, AreaCode unit, Instant at) =>
        _byText.TryGetValue(actor, out var grants) && Any(grants, power, unit, at);

    public bool MayExercise(ActorId actor, GovernancePower power, AreaCode unit, Instant at) =>
        _byId.TryGetValue(actor, out var grants) && Any(grants, power, unit, at);

    private static bool Any(Grant[] grants, GovernancePower power, AreaCode unit, Instant at)
    {
        var bit = (byte)(1 << ((int)power - 1));
        foreach (var grant in grants)
        {
            if ((grant.Powers & bit) != 0 && grant.From <= at && at < grant.Until && unit.IsWithin(grant.Scope))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Grant(AreaCode Scope, byte Powers, Instant From, Instant Until)
    {
        public static Grant Of(HeldRight right)
        {
            var until = right.RevokedAt is { } revoked && revoked < right.Validity.End ? revoked : right.Validity.End;
            return new Grant(right.Scope.AreaCode, right.Powers.Bits, right.Validity.Start, until);
        }
    }
}
