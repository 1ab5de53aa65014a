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
    /// <exception cref="InvalidOperationException">The event would bring the index past 67,108,864 distinct actors.</exception>
    public void Apply(DomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        switch (domainEvent)
        {
            case GovernanceRightGranted granted:
                RequireNew(granted.Right);
                AddSlot(granted.Right, -1, granted.Source, granted.Terms);
                break;
            case GovernanceRightDelegated delegated:
                RequireNew(delegated.Right);
                var parent = SlotOf(delegated.DelegatedFrom);
                var source = (_slots[parent].Flags & RightSlot.MarketAndSocialFlag) != 0 ? RightSource.MarketAndSocial : RightSource.Administrative;
                AddSlot(delegated.Right, parent, source, delegated.Terms);
                break;
            case GovernanceRightRevoked revoked:
                foreach (var slot in SlotsOf(revoked.Revoked))
                {
                    _slots[slot].Flags |= RightSlot.RevokedFlag;
                    _slots[slot].RevokedAt = revoked.OccurredAt;
                }

                break;
            case GovernanceRightValidityExtended extended:
                var renewed = SlotOf(extended.Right);
                _slots[renewed].Validity = Validity.Extended(_slots[renewed].Validity, extended.NewEnd);
                break;
            case GovernanceRightValidityShortened shortened:
                foreach (var slot in SlotsOf(shortened.Shortened))
                {
                    _slots[slot].Validity = Validity.EndingBy(_slots[slot].Validity, shortened.NewEnd);
                }

                break;
        }
    }

    private void RequireNew(GovernanceRightId right)
    {
        if (_slotOfRight.ContainsKey(right))
        {
            throw new DomainRuleViolationException(GovernanceRightRules.GovernanceRightIdIsUnique, $"The index already holds a right '{right}'.");
        }
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

    private void AddSlot(GovernanceRightId right, int parent, RightSource source, RightTerms terms)
    {
        ref var actorEntry = ref EntryOf(terms.Holder);
        var actor = (int)(actorEntry & OrdinalMask);
        long scope;
        if (terms.Scope.IsLiving)
        {
            scope = LivingKey(OrdinalOf(terms.Scope.LivingCommunityId));
            actorEntry |= (uint)LivingLevelBit << LevelShift;
        }
        else
        {
            scope = AdministrativeKey(terms.Scope.AreaCode);
            actorEntry |= (uint)LevelBit(terms.Scope.AreaCode.Level) << LevelShift;
        }

        if (_count == _slots.Length)
        {
            Array.Resize(ref _slots, _count * 2);
            Array.Resize(ref _rightIds, _count * 2);
        }

        var key = new ScopeKey(scope, actor);
        _slots[_count] = new RightSlot
        {
            Validity = terms.Validity,
            Scope = scope,
            Actor = actor,
            Parent = parent,
            Next = _heads.TryGetValue(key, out var previous) ? previous : -1,
            Powers = terms.Powers.Bits,
            Flags = source == RightSource.MarketAndSocial ? RightSlot.MarketAndSocialFlag : (byte)0,
        };
        _rightIds[_count] = right;
        _heads[key] = _count;
        _slotOfRight.Add(right, _count);
        _count++;
    }

    private ref uint EntryOf(ActorId actor)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_actorEntries, actor, out var exists);
        if (!exists)
        {
            if ((uint)_actors.Count > OrdinalMask)
            {
                throw new InvalidOperationException($"A rights index holds at most {OrdinalMask + 1} actors.");
            }

            entry = (uint)_actors.Count;
            _actors.Add(actor);
        }

        return ref entry;
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
        var scope = s.Scope < 0
            ? CommunityUnit.Living(_livingCommunities[(int)(-1L - s.Scope)])
            : CommunityUnit.Administrative(AreaCode.Parse((s.Scope / 8).ToString("D12", System.Globalization.CultureInfo.InvariantCulture), (AdministrativeLevel)(s.Scope % 8)));
        var source = (s.Flags & RightSlot.MarketAndSocialFlag) != 0 ? RightSource.MarketAndSocial : RightSource.Administrative;
        return new RightLink(_rightIds[slot], _actors[s.Actor], source, GovernancePowers.FromBits(s.Powers), scope, s.Validity);
    }
}
