using CommunityGovernance.Communities;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Benchmarks.Rights;

/// <summary>
/// The rule as a vendor would write it without the library: every held right in a dictionary keyed by holder
/// and unit, and a walk up the unit's parents. No revocation cascade, no explanation: the bare minimum.
/// </summary>
public sealed class PlainDictionaryCheck
{
    private readonly Dictionary<(string Actor, long Unit, byte Level), (byte Powers, Instant From, Instant To)> _grants;

    public PlainDictionaryCheck(IEnumerable<GovernanceRight> trees)
    {
        _grants = [];
        foreach (var right in trees.SelectMany(t => t.Rights))
        {
            var code = right.Terms.Scope.AreaCode;
            _grants[(right.Terms.Holder.Value, code.Value, (byte)code.Level)] = (right.Terms.Powers.Bits, right.Terms.Validity.Start, right.Terms.Validity.End);
        }
    }

    public bool MayExercise(string actor, GovernancePower power, AreaCode unit, Instant at)
    {
        var bit = (byte)(1 << ((int)power - 1));
        for (var code = unit; ; code = code.Parent)
        {
            if (_grants.TryGetValue((actor, code.Value, (byte)code.Level), out var grant)
                && (grant.Powers & bit) != 0 && grant.From <= at && at < grant.To)
            {
                return true;
            }

            if (!code.HasParent)
            {
                return false;
            }
        }
    }
}
