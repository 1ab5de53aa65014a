using System.Collections.ObjectModel;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// A governance right (治理权) and every right delegated from it (放权, 赋权): the aggregate is the delegation tree
/// that grows from one original right, because its rules — a delegated right never exceeds the right it came from,
/// revoking a right revokes its descendants — hold across the tree.
/// </summary>
/// <remarks>
/// <para>
/// The original right is granted down the administrative hierarchy (<see cref="Grant"/>, district → street →
/// community) or born of a resource integration with enterprises or social organisations
/// (<see cref="FromIntegration"/>). Every command checks all its rules before it raises its events, so a refused
/// command (a <see cref="DomainRuleViolationException"/> naming one of <see cref="GovernanceRightRules"/>) changes
/// nothing.
/// </para>
/// <para>To ask who may exercise which power where, feed the events to a <see cref="GovernanceRightsIndex"/>.</para>
/// </remarks>
public sealed partial class GovernanceRight : AggregateRoot, IEventSourced<GovernanceRight>
{
    private readonly RightTable _rights = new();
    // Only rights delegated from hold an entry: most rights of a large tree are leaves.
    private readonly Dictionary<GovernanceRightId, List<GovernanceRightId>> _delegations = [];
    private readonly List<ResourceIntegration> _integrations = [];
    private ReadOnlyCollection<ResourceIntegration>? _integrationsView;

    private GovernanceRight()
    {
    }

    /// <summary>The id of the original right, which names the whole delegation tree.</summary>
    public GovernanceRightId Id { get; private set; }

    /// <summary>The original right, from which every other right of the tree was delegated.</summary>
    public HeldRight Root => _rights[Id];

    /// <summary>The instant of the latest change; later commands may not be dated before it.</summary>
    public Instant LastChangedAt { get; private set; }

    /// <summary>Every right of the tree, the original one included.</summary>
    public IReadOnlyCollection<HeldRight> Rights => _rights;

    /// <summary>The resource integrations concluded for the original right, in the order they were concluded.</summary>
    public IReadOnlyList<ResourceIntegration> Integrations => _integrationsView ??= _integrations.AsReadOnly();

    /// <summary>Grants an administrative (科层) right, the top of a delegation tree.</summary>
    /// <param name="id">The new right's id.</param>
    /// <param name="terms">What it confers; its scope is an administrative unit.</param>
    /// <param name="directory">What exists: the holder must be registered and the scope established at <paramref name="at"/>.</param>
    /// <param name="at">When it is granted.</param>
    /// <returns>The aggregate, with one pending <see cref="GovernanceRightGranted"/>.</returns>
    /// <exception cref="DomainRuleViolationException">The id or terms are malformed, the scope is a living community, or
    /// the directory does not know the holder (<see cref="Actors.ActorRules.ActorIsRegistered"/>) or the scope
    /// (<see cref="CommunityRules.UnitIsEstablished"/>).</exception>
    public static GovernanceRight Grant(GovernanceRightId id, RightTerms terms, ICommunityDirectory directory, Instant at)
    {
        Guard.Against.MissingId(id);
        Guard.Against.MissingValue(terms);
        Guard.Against.MissingValue(directory);
        terms.Validate();
        CheckRule(new AdministrativeRightHasAdministrativeScopeRule(terms.Scope));
        CheckNamed(terms, directory, at);

        var right = new GovernanceRight();
        right.RaiseEvent(new GovernanceRightGranted(at, id, RightSource.Administrative, terms));
        return right;
    }

    /// <summary>
    /// Establishes a market-and-social right: one born of a resource integration (资源整合) that the holder concluded
    /// with an enterprise or a social organisation. It may allocate its terms' resources plus every contribution.
    /// </summary>
    /// <param name="id">The new right's id.</param>
    /// <param name="terms">What it confers; it includes resource allocation. The scope may be on either side.</param>
    /// <param name="integration">The first integration.</param>
    /// <param name="directory">What exists: the holder must be registered and the scope established at <paramref name="at"/>.</param>
    /// <param name="at">When it is established.</param>
    /// <returns>The aggregate, with a pending <see cref="GovernanceRightGranted"/> and <see cref="ResourcesIntegrated"/>.</returns>
    /// <exception cref="DomainRuleViolationException">The input is malformed, the powers lack resource allocation, or the
    /// directory does not know the holder or the scope.</exception>
    public static GovernanceRight FromIntegration(GovernanceRightId id, RightTerms terms, ResourceIntegration integration, ICommunityDirectory directory, Instant at)
    {
        Guard.Against.MissingId(id);
        Guard.Against.MissingValue(terms);
        Guard.Against.MissingValue(integration);
        Guard.Against.MissingValue(directory);
        terms.Validate();
        integration.Validate();
        CheckRule(new IntegratedRightAllocatesResourcesRule(terms.Powers));
        CheckRule(new IntegrationFitsAllowanceRule(terms.Resources, integration.Contribution));
        CheckNamed(terms, directory, at);

        var right = new GovernanceRight();
        right.RaiseEvent(new GovernanceRightGranted(at, id, RightSource.MarketAndSocial, terms));
        right.RaiseEvent(new ResourcesIntegrated(at, id, integration));
        return right;
    }

    /// <inheritdoc />
    public static string StreamKind => "governance-right";

    /// <inheritdoc />
    public StreamName<GovernanceRight> Stream => StreamOf(Id);

    /// <summary>The stream of the governance right (a delegation tree) whose original right is <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The stream's name, <c>governance-right/…</c>.</returns>
    public static StreamName<GovernanceRight> StreamOf(GovernanceRightId id) => StreamName.For<GovernanceRight>(id.Value);

    /// <summary>Rebuilds the aggregate from its events.</summary>
    /// <param name="history">The events, in the order they were raised, starting with <see cref="GovernanceRightGranted"/>.</param>
    /// <returns>The aggregate, equal to the one that raised them.</returns>
    public static GovernanceRight FromHistory(IEnumerable<DomainEvent> history) =>
        Rebuild<GovernanceRight, GovernanceRightGranted>(new GovernanceRight(), history);

    /// <summary>Integrates more resources into the original right, expanding what its holder may allocate.</summary>
    /// <param name="integration">The partner and the contribution.</param>
    /// <param name="at">When the integration was concluded.</param>
    /// <exception cref="DomainRuleViolationException">The integration is malformed, or the right is administrative or revoked.</exception>
    public void IntegrateResources(ResourceIntegration integration, Instant at)
    {
        Guard.Against.MissingValue(integration);
        integration.Validate();
        CheckRule(new RightCommandsAreChronologicalRule(LastChangedAt, at));
        CheckRule(new GovernanceRightIsNotRevokedRule(Root));
        CheckRule(new IntegrationExpandsMarketAndSocialRightRule(Root));
        CheckRule(new IntegrationFitsAllowanceRule(Root.Terms.Resources, integration.Contribution));

        RaiseEvent(new ResourcesIntegrated(at, Id, integration));
    }

    /// <summary>The right with the given id, or <see langword="null"/> when the tree holds none.</summary>
    /// <param name="id">The right's id.</param>
    /// <returns>The right, or <see langword="null"/>.</returns>
    public HeldRight? Find(GovernanceRightId id) => _rights.GetValueOrDefault(id);

    /// <summary>The chain of rights from the original right down to <paramref name="id"/>: the justification of a delegated right.</summary>
    /// <param name="id">A right of the tree.</param>
    /// <returns>The rights, the original first and <paramref name="id"/> last.</returns>
    /// <exception cref="DomainRuleViolationException">The tree holds no such right.</exception>
    public IReadOnlyList<HeldRight> ChainTo(GovernanceRightId id)
    {
        var chain = new List<HeldRight>();
        for (HeldRight? right = RightOf(id); right is not null; right = right.DelegatedFrom is { } parent ? _rights[parent] : null)
        {
            chain.Add(right);
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>The right and every right delegated from it, transitively, in delegation order (depth first).</summary>
    /// <param name="id">A right of the tree.</param>
    /// <returns>The ids, <paramref name="id"/> first.</returns>
    /// <exception cref="DomainRuleViolationException">The tree holds no such right.</exception>
    public IReadOnlyList<GovernanceRightId> SelfAndDescendantsOf(GovernanceRightId id)
    {
        RightOf(id);

        // From the original right the walk reaches every right of the tree: the list is sized for them at once.
        var walk = new List<GovernanceRightId>(id == Id ? _rights.Count : 4);
        walk.AddRange(SelfAndDescendants(id));
        return walk;
    }

    /// <summary>
    /// The right and every right delegated from it, transitively, as they stand, in the order of
    /// <see cref="SelfAndDescendantsOf"/>: a walk of the tree that neither lists the ids first nor looks each one up.
    /// </summary>
    /// <param name="id">A right of the tree.</param>
    /// <returns>The rights, the one with <paramref name="id"/> first, read as the walk reaches them.</returns>
    /// <exception cref="DomainRuleViolationException">The tree holds no such right (thrown at once, not when enumerated).</exception>
    public IEnumerable<HeldRight> SelfAndDescendantRightsOf(GovernanceRightId id)
    {
        RightOf(id);
        return Walk(id);

        IEnumerable<HeldRight> Walk(GovernanceRightId from)
        {
            foreach (var next in SelfAndDescendants(from))
            {
                yield return _rights[next];
            }
        }
    }

    /// <summary>An immutable picture of the tree, equal for two aggregates with the same history.</summary>
    /// <returns>The snapshot.</returns>
    public GovernanceRightSnapshot ToSnapshot() => new(
        Id,
        LastChangedAt,
        new EquatableArray<HeldRight>(_rights.OrderBy(r => r.Id)),
        new EquatableArray<ResourceIntegration>(_integrations));

    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case GovernanceRightGranted granted:
                Id = granted.Right;
                Add(new HeldRight(granted.Right, null, granted.Source, granted.Terms, null));
                break;
            case GovernanceRightDelegated delegated:
                Add(new HeldRight(delegated.Right, delegated.DelegatedFrom, _rights[delegated.DelegatedFrom].Source, delegated.Terms, null));
                ref var children = ref CollectionsMarshal.GetValueRefOrAddDefault(_delegations, delegated.DelegatedFrom, out _);
                (children ??= []).Add(delegated.Right);
                break;
            case GovernanceRightRevoked revoked:
                foreach (var id in revoked.Revoked)
                {
                    _rights[id] = _rights[id] with { RevokedAt = revoked.OccurredAt };
                }

                break;
            case GovernanceRightValidityShortened shortened:
                foreach (var id in shortened.Shortened)
                {
                    var right = _rights[id];
                    _rights[id] = right with { Terms = right.Terms with { Validity = Validity.EndingBy(right.Validity, shortened.NewEnd) } };
                }

                break;
            case GovernanceRightValidityExtended extended:
                var renewed = _rights[extended.Right];
                _rights[extended.Right] = renewed with { Terms = renewed.Terms with { Validity = Validity.Extended(renewed.Validity, extended.NewEnd) } };
                break;
            case ResourcesIntegrated integrated:
                var root = _rights[integrated.Right];
                _rights[integrated.Right] = root with { Terms = root.Terms with { Resources = root.Terms.Resources.Add(integrated.Integration.Contribution) } };
                _integrations.Add(integrated.Integration);
                break;
            default:
                RefuseForeignEvent(domainEvent);
                break;
        }

        LastChangedAt = domainEvent.OccurredAt;
    }


    private void Add(HeldRight right)
    {
        _rights.Add(right);
    }

    private HeldRight RightOf(GovernanceRightId id)
    {
        var held = _rights.TryGetValue(id, out var right);
        CheckRule(new GovernanceRightIsKnownRule(Id, id, held));
        return right!;
    }

    private IEnumerable<GovernanceRightId> SelfAndDescendants(GovernanceRightId id)
    {
        var pending = new Stack<GovernanceRightId>();
        pending.Push(id);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            yield return next;
            if (!_delegations.TryGetValue(next, out var children))
            {
                continue;
            }

            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
    }

    // A right names its holder and its scope; both must exist when it is granted or delegated.
    private static void CheckNamed(RightTerms terms, ICommunityDirectory directory, Instant at)
    {
        CheckRule(new ActorIsRegisteredRule(directory, terms.Holder, "the right's holder", at));
        CheckRule(new UnitIsEstablishedRule(directory, terms.Scope, "the right's scope", at));
    }
}
