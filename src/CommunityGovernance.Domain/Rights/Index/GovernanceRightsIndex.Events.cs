using System.Runtime.InteropServices;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <content>Feeding the index from the aggregates' events.</content>
public sealed partial class GovernanceRightsIndex
{
    /// <summary>
    /// Takes one event into account. Grants, delegations, revocations and validity changes (shortened or extended) update the index;
    /// resource integrations and other aggregates' events leave it as it is.
    /// </summary>
    /// <param name="domainEvent">The event, applied after every earlier event of its aggregate.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The event names a right id the index already holds (<see cref="GovernanceRightRules.GovernanceRightIdIsUnique"/>),
    /// or a right it never saw (<see cref="GovernanceRightRules.GovernanceRightIsKnown"/>); the index is then unchanged.
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
                var source = (_records[parent].Flags & RightRecord.MarketAndSocialFlag) != 0 ? RightSource.MarketAndSocial : RightSource.Administrative;
                AddSlot(delegated.Right, parent, source, delegated.Terms);
                break;
            case GovernanceRightRevoked revoked:
                foreach (var slot in SlotsOf(revoked.Revoked))
                {
                    _records[slot].Flags |= RightRecord.RevokedFlag;
                    _records[slot].RevokedAt = revoked.OccurredAt;
                    RefreshLiveSpan(slot);
                }

                break;
            case GovernanceRightValidityExtended extended:
                var renewed = SlotOf(extended.Right);
                _records[renewed].Validity = Validity.Extended(_records[renewed].Validity, extended.NewEnd);
                RefreshLiveSpan(renewed);
                break;
            case GovernanceRightValidityShortened shortened:
                foreach (var slot in SlotsOf(shortened.Shortened))
                {
                    _records[slot].Validity = Validity.EndingBy(_records[slot].Validity, shortened.NewEnd);
                    RefreshLiveSpan(slot);
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

    private int SlotOf(GovernanceRightId right) => _slotOfRight.TryGetValue(right, out var slot)
        ? slot
        : throw new DomainRuleViolationException(GovernanceRightRules.GovernanceRightIsKnown, $"The index holds no right '{right}'.");

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

    // Checks the id first, so that an id seen twice leaves the index as it was; one hash look-up claims it.
    private void AddSlot(GovernanceRightId right, int parent, RightSource source, RightTerms terms)
    {
        var slot = _count;
        ref var slotOfRight = ref CollectionsMarshal.GetValueRefOrAddDefault(_slotOfRight, right, out var seen);
        if (seen)
        {
            throw new DomainRuleViolationException(GovernanceRightRules.GovernanceRightIdIsUnique, $"The index already holds a right '{right}'.");
        }

        slotOfRight = slot;
        int holder, ordinal;
        try
        {
            holder = HolderOf(terms.Holder, out ordinal);
        }
        catch (InvalidOperationException)
        {
            _slotOfRight.Remove(right);
            throw;
        }

        long scope;
        byte level;
        if (terms.Scope.IsLiving)
        {
            scope = LivingKey(OrdinalOf(terms.Scope.LivingCommunityId));
            level = LivingLevelBit;
        }
        else
        {
            scope = AdministrativeKey(terms.Scope.AreaCode);
            level = LevelBitOf(scope);
        }

        if (_count == _slots.Length)
        {
            var capacity = _count * 2;
            GrowLongLived(ref _slots, capacity);
            GrowLongLived(ref _records, capacity);
            Array.Resize(ref _rightIds, capacity);
        }

        ref var entry = ref _holders[holder];
        _records[slot] = new RightRecord
        {
            Validity = terms.Validity,
            Holder = ordinal,
            Parent = parent,
            NextInScope = -1,
            Flags = source == RightSource.MarketAndSocial ? RightRecord.MarketAndSocialFlag : (byte)0,
        };
        _slots[slot] = new RightSlot { Scope = scope, NextOfHolder = entry.Rights == 0 ? -1 : entry.Newest, Powers = terms.Powers.Bits };
        _rightIds[slot] = right;
        _count++;

        if (entry.Rights == 0)
        {
            entry.First = slot;
            entry.FirstScope = scope;
            entry.FirstPowers = terms.Powers.Bits;
        }

        entry.Newest = slot;
        entry.Levels |= level;
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

        var (from, until) = CheckTime.LiveSpan(in _records[slot]);
        _slots[slot].LiveFrom = from;
        _slots[slot].LiveUntil = until;
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

    // After any change to a right's validity or revocation: the slot, and its holder's copy when it is the first.
    private void RefreshLiveSpan(int slot)
    {
        var (from, until) = CheckTime.LiveSpan(in _records[slot]);
        _slots[slot].LiveFrom = from;
        _slots[slot].LiveUntil = until;
        ref var holder = ref _holders[FindHolder(_actors[_records[slot].Holder])];
        if (holder.First == slot)
        {
            holder.FirstLiveFrom = from;
            holder.FirstLiveUntil = until;
        }
    }

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
        ref readonly var r = ref _records[slot];
        var scope = s.Scope < 0
            ? CommunityUnit.Living(_livingCommunities[(int)(-1L - s.Scope)])
            : CommunityUnit.Administrative(AreaCode.Parse((s.Scope / 8).ToString("D12", System.Globalization.CultureInfo.InvariantCulture), (AdministrativeLevel)(s.Scope % 8)));
        var source = (r.Flags & RightRecord.MarketAndSocialFlag) != 0 ? RightSource.MarketAndSocial : RightSource.Administrative;
        return new RightLink(_rightIds[slot], _actors[r.Holder], source, GovernancePowers.FromBits(s.Powers), scope, r.Validity);
    }
}
