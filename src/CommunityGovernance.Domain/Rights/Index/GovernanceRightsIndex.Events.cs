using System.Runtime.InteropServices;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <content>Feeding the index from the aggregates' events.</content>
public sealed partial class GovernanceRightsIndex
{
    /// <summary>
    /// Takes one event into account. Grants, delegations, revocations and validity changes (shortened or extended) update the index;
    /// a district's establishing events teach it the hierarchy (see <see cref="KnowsHierarchy"/>); resource integrations
    /// and other aggregates' events leave it as it is.
    /// </summary>
    /// <param name="domainEvent">The event, applied after every earlier event of its aggregate.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The event names a right id the index already holds (<see cref="GovernanceRightRules.GovernanceRightIdIsUnique"/>),
    /// or a right it never saw (<see cref="GovernanceRightRules.GovernanceRightIsKnown"/>), or extends a validity to end
    /// before it starts (<see cref="GovernanceRightRules.ValidityExtensionLengthens"/>, which no aggregate raises); the
    /// index is then unchanged.
    /// </exception>
    /// <exception cref="InvalidOperationException">The event would bring the index past 268,435,456 distinct actors.</exception>
    public void Apply(DomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        switch (domainEvent)
        {
            case GovernanceRightGranted granted:
                AddSlot(granted.Right, -1, granted.Source, granted.Terms);
                break;
            case GovernanceRightDelegated delegated:
                var parent = ParentSlotOf(delegated.DelegatedFrom);
                var source = (_slots[parent].Flags & RightSlot.MarketAndSocialFlag) != 0 ? RightSource.MarketAndSocial : RightSource.Administrative;
                AddSlot(delegated.Right, parent, source, delegated.Terms);
                break;
            case GovernanceRightRevoked revoked:
                var origin = SlotOf(revoked.Right);
                foreach (var slot in SlotsOf(revoked.Revoked))
                {
                    ChangeTimes(slot, ValidityOf(slot), revoked: true, revoked.OccurredAt);
                    _revokedWith[slot] = origin;
                }

                break;
            case GovernanceRightValidityExtended extended:
                var renewed = SlotOf(extended.Right);
                var validity = ValidityOf(renewed);
                if (validity.HasStart && extended.NewEnd < validity.Start)
                {
                    throw new DomainRuleViolationException(
                        GovernanceRightRules.ValidityExtensionLengthens,
                        $"The index cannot extend right '{extended.Right}' to end at {extended.NewEnd}, before it starts at {validity.Start}.");
                }

                ChangeTimes(renewed, Validity.Extended(validity, extended.NewEnd), IsRevoked(renewed), RevokedAtOf(renewed));
                break;
            case DistrictEstablished district:
                Establish(district.District);
                break;
            case StreetEstablished street:
                Establish(street.Street);
                break;
            case AdministrativeCommunityEstablished community:
                Establish(community.Community.AreaCode);
                break;
            case GovernanceRightValidityShortened shortened:
                foreach (var slot in SlotsOf(shortened.Shortened))
                {
                    ChangeTimes(slot, Validity.EndingBy(ValidityOf(slot), shortened.NewEnd), IsRevoked(slot), RevokedAtOf(slot));
                }

                break;
        }
    }

    // A decree delegates one right to many in a row: the last parent's slot is kept, sparing a hash look-up per child.
    // Slots never move and ids are never reused, so the pair stays true.
    private int ParentSlotOf(GovernanceRightId parent)
    {
        if (_lastParentSlot < 0 || parent != _lastParent)
        {
            _lastParentSlot = SlotOf(parent);
            _lastParent = parent;
        }

        return _lastParentSlot;
    }

    // All ids are resolved before any slot changes, so an event that does not fit leaves the index as it was.
    private int[] SlotsOf(EquatableArray<GovernanceRightId> rights)
    {
        var slots = new int[rights.Count];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = SlotOf(rights[i]);
        }

        return slots;
    }

    // Checks the id first, so that an id seen twice leaves the index as it was; the place found for it is where it goes.
    private void AddSlot(GovernanceRightId right, int parent, RightSource source, RightTerms terms)
    {
        var slot = _count;
        ReserveId();
        var place = PlaceOf(right);
        if (_ids[place].PositionPlusOne != 0)
        {
            throw new DomainRuleViolationException(GovernanceRightRules.GovernanceRightIdIsUnique, $"The index already holds a right '{right}'.");
        }

        var holder = HolderOf(terms.Holder, out var ordinal);
        var scope = terms.Scope.IsLiving ? ScopeCode.OfLiving(OrdinalOf(terms.Scope.LivingCommunityId)) : ScopeCode.Of(terms.Scope.AreaCode);

        if (_count == _slots.Length)
        {
            var capacity = _count * 2;
            GrowLongLived(ref _slots, capacity);
            GrowLongLived(ref _records, capacity);
            Array.Resize(ref _rightIds, capacity);
        }

        ref var entry = ref _holders[holder];
        _records[slot] = new RightRecord { Holder = ordinal, Parent = parent, NextInScope = -1 };
        _slots[slot] = new RightSlot
        {
            Scope = scope,
            NextOfHolder = entry.Rights == 0 ? -1 : entry.Newest,
            Powers = terms.Powers.Bits,
            Flags = source == RightSource.MarketAndSocial ? RightSlot.MarketAndSocialFlag : (byte)0,
        };
        _rightIds[slot] = right;
        _ids[place] = new PositionPlace { Hash = right.GetHashCode(), PositionPlusOne = slot + 1 };
        _count++;

        if (entry.Rights == 0)
        {
            entry.First = slot;
            entry.FirstScope = scope;
            entry.FirstPowers = terms.Powers.Bits;
        }

        entry.Newest = slot;
        entry.Levels |= scope.LevelBit;
        if (entry.Rights < ManyRights)
        {
            entry.Rights++;
            if (entry.Rights == ManyRights)
            {
                // From now on this holder is looked up per level: every right it holds joins the (scope, holder) table.
                for (var i = slot; i >= 0; i = _slots[i].NextOfHolder)
                {
                    AddToScopeTable(i, ordinal);
                }
            }
        }
        else
        {
            AddToScopeTable(slot, ordinal);
        }

        var (from, until) = StoreTimes(slot, terms.Validity, revoked: false, default);
        if (entry.First == slot)
        {
            entry.FirstLiveFrom = from;
            entry.FirstLiveUntil = until;
        }
    }

    // Chains are newest first; a holder's rights join in newest-first order too, so each chain stays that way.
    private void AddToScopeTable(int slot, int holderOrdinal)
    {
        ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_manyRightsHeads, new ScopeKey(_slots[slot].Scope, holderOrdinal), out var exists);
        if (!exists)
        {
            head = slot;
            _records[slot].NextInScope = -1;
            return;
        }

        if (head > slot)
        {
            // Joining while the chain is built from the newest: append behind the (newer) chain.
            var last = head;
            while (_records[last].NextInScope >= 0)
            {
                last = _records[last].NextInScope;
            }

            _records[last].NextInScope = slot;
            _records[slot].NextInScope = -1;
        }
        else
        {
            _records[slot].NextInScope = head;
            head = slot;
        }
    }

    // After any change to a right's validity or revocation: its slot and record, and its holder's copy when it is the first.
    private void ChangeTimes(int slot, Interval validity, bool revoked, Instant revokedAt)
    {
        var (from, until) = StoreTimes(slot, validity, revoked, revokedAt);
        ref var holder = ref _holders[_holderPlaces[_records[slot].Holder]];
        if (holder.First == slot)
        {
            holder.FirstLiveFrom = from;
            holder.FirstLiveUntil = until;
        }
    }

    // A right's validity and revocation as numbers: the live span in its slot (what the check reads); the end and the
    // revocation of a revoked right aside, and exactly, aside too, when some instant lies beyond the numbered range.
    // Returns the live span the slot now holds.
    private (long From, long Until) StoreTimes(int slot, Interval validity, bool revoked, Instant revokedAt)
    {
        ref var s = ref _slots[slot];
        var beyond = false;
        var from = validity.HasStart ? CheckTime.Bound(validity.Start, ref beyond) : long.MinValue;
        var end = validity.HasEnd ? CheckTime.Bound(validity.End, ref beyond) : long.MaxValue;
        var revokedNumber = revoked ? CheckTime.Bound(revokedAt, ref beyond) : 0;
        var flags = s.Flags;
        s.Flags = (byte)((flags & RightSlot.MarketAndSocialFlag) | (revoked ? RightSlot.RevokedFlag : 0) | (beyond ? RightSlot.BeyondRangeFlag : 0));
        if (beyond)
        {
            _beyondRange[slot] = (validity, revokedAt);
        }
        else if ((flags & RightSlot.BeyondRangeFlag) != 0)
        {
            _beyondRange.Remove(slot);
        }

        if (revoked)
        {
            _revocations[slot] = (end, revokedNumber);
        }
        else if ((flags & RightSlot.RevokedFlag) != 0)
        {
            _revocations.Remove(slot);
        }

        var until = revoked ? Math.Min(end, revokedNumber) : end;
        s.LiveFrom = from;
        s.LiveUntil = until;
        return (from, until);
    }

    private bool IsRevoked(int slot) => (_slots[slot].Flags & RightSlot.RevokedFlag) != 0;

    // The exact validity: from the numbers (exact for a right within the range; the end of a revoked right is aside),
    // or kept aside.
    private Interval ValidityOf(int slot)
    {
        ref readonly var s = ref _slots[slot];
        if ((s.Flags & RightSlot.BeyondRangeFlag) != 0)
        {
            return _beyondRange[slot].Validity;
        }

        var end = (s.Flags & RightSlot.RevokedFlag) != 0 ? _revocations[slot].End : s.LiveUntil;
        return new Interval(
            s.LiveFrom == long.MinValue ? null : CheckTime.InstantOf(s.LiveFrom),
            end == long.MaxValue ? null : CheckTime.InstantOf(end));
    }

    // The exact instant of the revocation of a revoked right; of a right that stands, any instant (it is not read).
    private Instant RevokedAtOf(int slot) => (_slots[slot].Flags & RightSlot.BeyondRangeFlag) != 0
        ? _beyondRange[slot].RevokedAt
        : CheckTime.InstantOf(_revocations.TryGetValue(slot, out var revocation) ? revocation.RevokedAt : 0);

    // Whether the right is live at an instant beyond the numbered range, read from its exact validity and revocation.
    private bool IsLiveExactly(int slot, Instant at) =>
        ValidityOf(slot).Contains(at) && (!IsRevoked(slot) || at < RevokedAtOf(slot));

    private int OrdinalOf(LivingCommunityId living)
    {
        if (!_livingOrdinals.TryGetValue(living, out var ordinal))
        {
            ordinal = _livingCommunities.Count;
            _livingOrdinals.Add(living, ordinal);
            _livingCommunities.Add(living);
        }

        return ordinal;
    }

    private RightLink LinkOf(int slot)
    {
        ref readonly var s = ref _slots[slot];
        var source = (s.Flags & RightSlot.MarketAndSocialFlag) != 0 ? RightSource.MarketAndSocial : RightSource.Administrative;
        return new RightLink(_rightIds[slot], ActorOf(slot), source, GovernancePowers.FromBits(s.Powers), s.Scope.ToUnit(_livingCommunities), ValidityOf(slot));
    }

    private ActorId ActorOf(int slot) => new(_holders[_holderPlaces[_records[slot].Holder]].Key!);
}
