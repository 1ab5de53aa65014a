using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>
/// The log of administrative access to the personal information (个人信息) a living community holds, and the only
/// sanctioned way for the administrative side to read it: each read must carry a legal basis and a purpose, is
/// logged first, and only then runs.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Access{TSubject, TResult}"/> is generic over the subject, so it guards any living-side record of a
/// person: a resident, a household register entry, a vendor's own type. The boundary analyzers treat reads of
/// <see cref="PersonalDataAttribute"/> members inside the delegate passed to it as sanctioned.
/// </para>
/// <para>A refused access logs nothing and never runs the delegate.</para>
/// </remarks>
[SanctionedCrossing("The personal-information access log is the sanctioned data crossing.")]
public sealed class PersonalInformationAccessLog : AggregateRoot, IEventSourced<PersonalInformationAccessLog>
{

    private readonly List<PersonalInformationAccessed> _entries = [];
    private ReadOnlyCollection<PersonalInformationAccessed>? _entriesView;

    private PersonalInformationAccessLog()
    {
    }

    /// <summary>The living community that holds the information.</summary>
    public LivingCommunityId Holder { get; private set; }

    /// <summary>Every access, in the order it happened.</summary>
    public IReadOnlyList<PersonalInformationAccessed> Entries => _entriesView ??= _entries.AsReadOnly();

    /// <summary>Opens the log of a living community's personal information.</summary>
    /// <param name="holder">The living community that holds the information.</param>
    /// <param name="directory">What exists: the living community must be founded at <paramref name="at"/>.</param>
    /// <param name="at">When.</param>
    /// <returns>The empty log.</returns>
    /// <exception cref="DomainRuleViolationException">The holder is missing.</exception>
    public static PersonalInformationAccessLog Open(LivingCommunityId holder, ICommunityDirectory directory, Instant at)
    {
        Guard.Against.MissingId(holder);
        Guard.Against.MissingValue(directory);
        CheckRule(new UnitIsEstablishedRule(directory, CommunityUnit.Living(holder), "the log's living community", at));
        var log = new PersonalInformationAccessLog();
        log.RaiseEvent(new PersonalInformationAccessLogOpened(at, holder));
        return log;
    }

    /// <inheritdoc />
    public static string StreamKind => "personal-information-access-log";

    /// <inheritdoc />
    public StreamName<PersonalInformationAccessLog> Stream => StreamOf(Holder);

    /// <summary>The stream of the access log of the living community <paramref name="holder"/>.</summary>
    /// <param name="holder">The holder.</param>
    /// <returns>The stream's name, <c>personal-information-access-log/…</c>.</returns>
    public static StreamName<PersonalInformationAccessLog> StreamOf(LivingCommunityId holder) => StreamName.For<PersonalInformationAccessLog>(holder.Value);

    /// <summary>Rebuilds a log from its events.</summary>
    /// <param name="history">Its events, starting with <see cref="PersonalInformationAccessLogOpened"/>.</param>
    /// <returns>The log, equal in state to the one that raised the events.</returns>
    /// <exception cref="DomainRuleViolationException">The history does not start with the opening or holds a foreign event.</exception>
    public static PersonalInformationAccessLog FromHistory(IEnumerable<DomainEvent> history) =>
        Rebuild<PersonalInformationAccessLog, PersonalInformationAccessLogOpened>(new PersonalInformationAccessLog(), history);

    /// <summary>
    /// Reads personal information about one person on the request's legal basis and for its purpose: checks the
    /// request, logs the access, then runs <paramref name="read"/> on <paramref name="subject"/> and returns its result.
    /// </summary>
    /// <typeparam name="TSubject">The living-side record of the person.</typeparam>
    /// <typeparam name="TResult">What is read.</typeparam>
    /// <param name="request">Who reads, about whom, on which basis, for what.</param>
    /// <param name="subject">The record read from.</param>
    /// <param name="read">The read; it runs only once the access is logged.</param>
    /// <param name="rights">The governance rights, read to find the requester's jurisdiction.</param>
    /// <param name="coverage">The coverage, read to find the communities covering the log's living community.</param>
    /// <param name="at">When.</param>
    /// <returns>The result of <paramref name="read"/>.</returns>
    /// <exception cref="DomainRuleViolationException">
    /// The request has no legal basis or reference (<see cref="CommunityRules.PersonalInformationAccessHasLegalBasis"/>), no purpose
    /// (<see cref="CommunityRules.PersonalInformationAccessHasPurpose"/>), or no requester or subject (<see cref="CommunityRules.PersonalInformationAccessNamesRequesterAndSubject"/>);
    /// the requester holds no right over a community covering the living community and no statutory duty names a scope
    /// including one (<see cref="CommunityRules.PersonalInformationAccessHasJurisdiction"/>); or an argument is missing.
    /// Nothing is logged and <paramref name="read"/> does not run. The entry logged says which ground reached the
    /// information (<see cref="AccessGround"/>).
    /// </exception>
    [PersonalInformationAccessor]
    public TResult Access<TSubject, TResult>(PersonalInformationAccessRequest request, TSubject subject, Func<TSubject, TResult> read, IGovernanceRightsQuery rights, ICoverageQuery coverage, Instant at)
    {
        Guard.Against.MissingValue(request);
        Guard.Against.MissingValue(read);
        CheckRule(new AccessNamesRequesterAndSubjectRule(request));
        CheckRule(new AccessHasLegalBasisRule(request));
        CheckRule(new AccessHasPurposeRule(request));
        var reference = Guard.Against.MissingText(request.BasisReference, maxLength: 500);
        var purpose = Guard.Against.MissingText(request.Purpose, maxLength: 500);
        Guard.Against.MissingValue(rights);
        Guard.Against.MissingValue(coverage);
        var reach = new AccessRequesterHasJurisdictionRule(request, Holder, rights, coverage, at);
        CheckRule(in reach);
        RaiseEvent(new PersonalInformationAccessed(at, request.Requester, request.Subject, request.Basis!.Value, reference, purpose, reach.Ground, reach.Scope));
        return read(subject);
    }

    /// <summary>An immutable picture of the log.</summary>
    /// <returns>The snapshot, entries in the order they happened.</returns>
    public PersonalInformationAccessLogSnapshot ToSnapshot() => new(Holder, new EquatableArray<PersonalInformationAccessed>(_entries));

    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case PersonalInformationAccessLogOpened e:
                Holder = e.Holder;
                break;
            case PersonalInformationAccessed e:
                _entries.Add(e);
                break;
            default:
                RefuseForeignEvent(domainEvent);
                break;
        }
    }
}
