using CommunityGovernance.Communities;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <content>
/// The one walk every question takes: from a holder, up the scopes above the unit, to the rights held there that are
/// live at the instant. Each question says what it looks for by the struct it hands the walk (<see cref="IRightsLook"/>):
/// any right at all, every power, or the right nearest the unit.
/// </content>
public sealed partial class GovernanceRightsIndex
{
    /// <summary>What a question looks for among the rights a walk finds.</summary>
    private interface IRightsLook
    {
        /// <summary>Looks at one right found; returns whether the walk may stop.</summary>
        bool Sees(int slot, byte powers, ScopeCode scope);
    }

    /// <summary>
    /// Shows <paramref name="look"/> every right of the holder that confers one of <paramref name="powers"/>, covers the
    /// unit and is live at the instant, until it has seen enough; returns whether it had.
    /// </summary>
    /// <remarks>
    /// A holder of a few rights has them in one chain, newest first, and the first one copied into its entry: for a
    /// holder of one right, the probe that found the holder brought it along. Whether a right's scope covers the unit is
    /// arithmetic on the scopes (<see cref="ScopeCode.Covers"/>), so walking up is implicit. A holder of many rights has
    /// them per scope, and the walk goes up from the unit's scope, nearest first, asking only at the levels the holder
    /// holds rights at; each scope's rights are newest first.
    /// </remarks>
    private bool WalkRightsOver<TLook>(in HolderEntry holder, CommunityUnit unit, Instant at, byte powers, ref TLook look)
        where TLook : struct, IRightsLook
    {
        if (!TryScopeOf(in holder, unit, out var scope))
        {
            return false;
        }

        var exact = CheckTime.TryNumber(at, out var now);
        if (holder.Rights >= ManyRights)
        {
            var ordinal = HolderOrdinal(in holder);
            for (var up = scope; !up.IsNone; up = up.Parent)
            {
                if ((holder.Levels & up.LevelBit) != 0 && _manyRightsHeads.TryGetValue(new ScopeKey(up, ordinal), out var i))
                {
                    for (; i >= 0; i = _records[i].NextInScope)
                    {
                        ref readonly var slot = ref _slots[i];
                        if ((slot.Powers & powers) != 0 && IsLive(i, exact, now, at) && look.Sees(i, slot.Powers, slot.Scope))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        if ((holder.FirstPowers & powers) != 0 && holder.FirstScope.Covers(scope) && IsFirstLive(in holder, exact, now, at)
            && look.Sees(holder.First, holder.FirstPowers, holder.FirstScope))
        {
            return true;
        }

        for (var i = holder.Newest; i != holder.First; i = _slots[i].NextOfHolder)
        {
            ref readonly var slot = ref _slots[i];
            if ((slot.Powers & powers) != 0 && slot.Scope.Covers(scope) && IsLive(i, exact, now, at) && look.Sees(i, slot.Powers, slot.Scope))
            {
                return true;
            }
        }

        return false;
    }

    // The unit as a scope, when the holder could hold any right covering it at all.
    private bool TryScopeOf(in HolderEntry holder, CommunityUnit unit, out ScopeCode scope)
    {
        if (unit.IsAdministrative)
        {
            scope = ScopeCode.Of(unit.AreaCode);
            return (holder.Levels & ScopeCode.LevelsAtOrAbove(unit.AreaCode.Level)) != 0;
        }

        if (unit.IsLiving && (holder.Levels & ScopeCode.LivingLevelBit) != 0 && _livingOrdinals.TryGetValue(unit.LivingCommunityId, out var living))
        {
            scope = ScopeCode.OfLiving(living);
            return true;
        }

        scope = ScopeCode.None;
        return false;
    }

    private bool IsFirstLive(in HolderEntry holder, bool exact, long now, Instant at) =>
        exact ? holder.FirstLiveFrom <= now && now < holder.FirstLiveUntil : IsLiveExactly(holder.First, at);

    private bool IsLive(int slot, bool exact, long now, Instant at)
    {
        if (exact)
        {
            ref readonly var s = ref _slots[slot];
            return s.LiveFrom <= now && now < s.LiveUntil;
        }

        return IsLiveExactly(slot, at);
    }

    /// <summary>Any right will do: the first found ends the walk.</summary>
    private struct AnyRight : IRightsLook
    {
        public readonly bool Sees(int slot, byte powers, ScopeCode scope) => true;
    }

    /// <summary>Every power of every right found.</summary>
    private struct AllPowers : IRightsLook
    {
        public byte Powers;

        public bool Sees(int slot, byte powers, ScopeCode scope)
        {
            Powers |= powers;
            return false;
        }
    }

    /// <summary>
    /// The right whose scope is nearest the unit, and among those the newest (the highest slot), as an explanation
    /// wants, whatever order the walk finds them in.
    /// </summary>
    private struct NearestRight : IRightsLook
    {
        private int _level;

        public NearestRight() => (Slot, _level) = (-1, -1);

        /// <summary>The right found, or -1.</summary>
        public int Slot;

        public bool Sees(int slot, byte powers, ScopeCode scope)
        {
            if (scope.Level > _level || (scope.Level == _level && slot > Slot))
            {
                (Slot, _level) = (slot, scope.Level);
            }

            return false;
        }
    }
}
