using Ardalis.GuardClauses;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Programmes;

/// <summary>
/// One administrative community's fulfilment of a programme of mandated items (e.g. 社八件): for each item its own
/// content, its evidence and the day it was fulfilled.
/// </summary>
[AdministrativeSide]
public sealed class ProgrammeFulfilment : AggregateRoot, IEventSourced<ProgrammeFulfilment>
{

    private readonly List<string> _itemOrder = [];
    private readonly Dictionary<string, MandatedItemFulfilment> _items = new(StringComparer.Ordinal);

    private ProgrammeFulfilment()
    {
    }

    /// <summary>The programme's code.</summary>
    public string Programme { get; private set; } = string.Empty;

    /// <summary>The administrative community fulfilling it.</summary>
    public AdministrativeCommunityId Community { get; private set; }

    /// <summary>Starts a community's fulfilment of a programme, every item not started.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="community">The administrative community.</param>
    /// <param name="directory">What exists: the community must be established at <paramref name="at"/>.</param>
    /// <param name="at">When.</param>
    /// <returns>The fulfilment.</returns>
    /// <exception cref="DomainRuleViolationException">The programme or community is missing, or the community is not
    /// established in the directory (<see cref="CommunityRules.UnitIsEstablished"/>).</exception>
    public static ProgrammeFulfilment Start(ProgrammeTemplate programme, AdministrativeCommunityId community, ICommunityDirectory directory, Instant at)
    {
        Guard.Against.MissingValue(programme);
        Guard.Against.MissingId(community);
        Guard.Against.MissingValue(directory);
        CheckRule(new UnitIsEstablishedRule(directory, CommunityUnit.Administrative(community), "the fulfilling community", at));
        var fulfilment = new ProgrammeFulfilment();
        fulfilment.RaiseEvent(new ProgrammeFulfilmentStarted(at, programme.Code, community, new EquatableArray<string>(programme.Items.Select(i => i.Key))));
        return fulfilment;
    }

    /// <inheritdoc />
    public static string StreamKind => "programme-fulfilment";

    /// <inheritdoc />
    public StreamName<ProgrammeFulfilment> Stream => StreamOf(Programme, Community);

    /// <summary>The stream of <paramref name="community"/>'s fulfilment of the programme coded <paramref name="programme"/>.</summary>
    /// <param name="programme">The programme's code.</param>
    /// <param name="community">The administrative community.</param>
    /// <returns>The stream's name, <c>programme-fulfilment/programme/community</c>.</returns>
    public static StreamName<ProgrammeFulfilment> StreamOf(string programme, AdministrativeCommunityId community) =>
        StreamName.For<ProgrammeFulfilment>(programme, community.ToString());

    /// <summary>Rebuilds a fulfilment from its events.</summary>
    /// <param name="history">Its events, starting with <see cref="ProgrammeFulfilmentStarted"/>.</param>
    /// <returns>The fulfilment, equal in state to the one that raised the events.</returns>
    /// <exception cref="DomainRuleViolationException">The history does not start with the start or holds a foreign event.</exception>
    public static ProgrammeFulfilment FromHistory(IEnumerable<DomainEvent> history) =>
        Rebuild<ProgrammeFulfilment, ProgrammeFulfilmentStarted>(new ProgrammeFulfilment(), history);

    /// <summary>Records (or revises) the community's own content for an item.</summary>
    /// <param name="item">The item's key.</param>
    /// <param name="content">The content.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">The item is not mandated, or the content is blank.</exception>
    public void RecordContent(string item, string content, Instant at)
    {
        CheckRule(new ItemIsMandatedRule(item, item is not null && _items.ContainsKey(item)));
        var trimmed = Guard.Against.MissingText(content, maxLength: 4000);
        RaiseEvent(new MandatedItemContentRecorded(at, item!, trimmed));
    }

    /// <summary>Adds a piece of evidence for an item.</summary>
    /// <param name="item">The item's key.</param>
    /// <param name="evidence">A reference or description of the evidence.</param>
    /// <param name="on">The day the evidence is of.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">The item is not mandated, or the evidence is blank.</exception>
    public void AddEvidence(string item, string evidence, LocalDate on, Instant at)
    {
        CheckRule(new ItemIsMandatedRule(item, item is not null && _items.ContainsKey(item)));
        var trimmed = Guard.Against.MissingText(evidence, maxLength: 1000);
        RaiseEvent(new MandatedItemEvidenceAdded(at, item!, trimmed, on));
    }

    /// <summary>Declares an item fulfilled.</summary>
    /// <param name="item">The item's key.</param>
    /// <param name="on">The day it was fulfilled.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The item is not mandated (<see cref="ProgrammeRules.ItemIsMandated"/>), lacks content or evidence
    /// (<see cref="ProgrammeRules.ItemHasContentAndEvidence"/>), or is already fulfilled (<see cref="ProgrammeRules.ItemIsFulfilledOnce"/>).
    /// </exception>
    public void MarkFulfilled(string item, LocalDate on, Instant at)
    {
        MandatedItemFulfilment? current = null;
        CheckRule(new ItemIsMandatedRule(item, item is not null && _items.TryGetValue(item, out current)));
        CheckRule(new ItemIsFulfilledOnceRule(item!, current!.Status == MandatedItemStatus.Fulfilled));
        CheckRule(new ItemHasContentAndEvidenceRule(item!, current.Content is not null, current.Evidence.Count != 0));
        RaiseEvent(new MandatedItemFulfilled(at, item!, on));
    }

    /// <summary>The community's status report on the programme.</summary>
    /// <returns>Every item, in number order.</returns>
    public CommunityProgrammeStatus ToStatus() =>
        new(Programme, Community, new EquatableArray<MandatedItemFulfilment>(_itemOrder.Select(key => _items[key])));

    /// <summary>An immutable picture of the fulfilment (the same as its status report).</summary>
    /// <returns>The snapshot.</returns>
    public CommunityProgrammeStatus ToSnapshot() => ToStatus();

    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case ProgrammeFulfilmentStarted e:
                (Programme, Community) = (e.Programme, e.Community);
                foreach (var key in e.Items)
                {
                    _itemOrder.Add(key);
                    _items[key] = new MandatedItemFulfilment(key, MandatedItemStatus.NotStarted, null, default, null);
                }

                break;
            case MandatedItemContentRecorded e:
                _items[e.Item] = Progressed(_items[e.Item]) with { Content = e.Content };
                break;
            case MandatedItemEvidenceAdded e:
                var item = _items[e.Item];
                _items[e.Item] = Progressed(item) with { Evidence = new EquatableArray<ItemEvidence>(item.Evidence.Append(new ItemEvidence(e.Evidence, e.On))) };
                break;
            case MandatedItemFulfilled e:
                _items[e.Item] = _items[e.Item] with { Status = MandatedItemStatus.Fulfilled, FulfilledOn = e.On };
                break;
            default:
                RefuseForeignEvent(domainEvent);
                break;
        }
    }

    private static MandatedItemFulfilment Progressed(MandatedItemFulfilment item) =>
        item.Status == MandatedItemStatus.NotStarted ? item with { Status = MandatedItemStatus.InProgress } : item;
}
