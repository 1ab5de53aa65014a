using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.WorkAccess;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Testing.Communities;

/// <summary>One version of a generated work-access list: the day it takes effect, as days after the scenario's start, and its items.</summary>
/// <param name="FromDay">The first day it is in force, counted from the scenario's start.</param>
/// <param name="Items">Its items.</param>
public sealed record WorkAccessVersion(int FromDay, IReadOnlyList<WorkItem> Items)
{
    /// <inheritdoc />
    public override string ToString() => $"from day {FromDay}: [{string.Join(", ", Items.Select(i => $"{i.Code}={i.Group}"))}]";
}

/// <summary>One generated attempt to set a task on a residents' committee, and how the committee answers it if set.</summary>
/// <param name="Id">The task's id.</param>
/// <param name="IssuerKind">The kind of actor that sets it.</param>
/// <param name="Community">The community it is set on (possibly outside the district).</param>
/// <param name="Kind">The kind of work (possibly unlisted).</param>
/// <param name="ThroughStreet">Whether the street office is named as coordinating it.</param>
/// <param name="Day">The day it is set, counted from the scenario's start.</param>
/// <param name="Answer">0: left open; 1: accepted; 2: declined; 3: accepted, then declined (refused).</param>
public sealed record TaskAttempt(CommunityTaskId Id, ActorKind IssuerKind, AdministrativeCommunityId Community, WorkItemCode Kind, bool ThroughStreet, int Day, int Answer);

/// <summary>
/// A generated district's work-access list in versions, the communities its street office holds task-setting over,
/// and attempts to set tasks on the committees, some of which the rules refuse. The scenario builds what the commands
/// read (the list, the actors, the rights); a test computes what it expects from the data itself.
/// </summary>
/// <param name="District">The district.</param>
/// <param name="Versions">The list's versions, in order of their days (strictly increasing).</param>
/// <param name="Coordinated">The communities the district's street office holds task-setting over.</param>
/// <param name="Attempts">The attempts, in order.</param>
public sealed record WorkAccessScenario(AreaCode District, IReadOnlyList<WorkAccessVersion> Versions, IReadOnlyList<AdministrativeCommunityId> Coordinated, IReadOnlyList<TaskAttempt> Attempts)
{
    /// <summary>The scenario's first instant: midnight of its first day in China's calendar.</summary>
    public static Instant Start { get; } = new LocalDate(2026, 1, 1).AtStartOfDayInZone(WorkAccessList.Calendar).ToInstant();

    /// <summary>The street office that coordinates unlisted work.</summary>
    public static ActorId StreetOffice { get; } = new("JD-STREET");

    /// <summary>The instant at noon of a day counted from the start.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The instant.</returns>
    public static Instant Noon(int day) => Start + Duration.FromDays(day) + Duration.FromHours(12);

    /// <summary>Publishes the list and its revisions.</summary>
    /// <returns>The list.</returns>
    public WorkAccessList BuildList()
    {
        var first = WorkAccessList.Publish(District, DayOf(Versions[0].FromDay), Versions[0].Items, Start);
        foreach (var version in Versions.Skip(1))
        {
            first.Revise(DayOf(version.FromDay), version.Items, Start);
        }

        return first;
    }

    /// <summary>The rights: the street office holds task-setting over <see cref="Coordinated"/> from the start on.</summary>
    /// <returns>The index.</returns>
    public GovernanceRightsIndex BuildRights()
    {
        var events = Coordinated.Distinct().Select((community, i) => GovernanceRight.Grant(
                new GovernanceRightId($"STREET-{i}"),
                new RightTerms(StreetOffice, GovernancePowers.Of(GovernancePower.TaskSetting), CommunityUnit.Administrative(community), new Interval(Start, null)),
                new FixedCommunityDirectory(Start).Establish(community).Register(StreetOffice),
                Start))
            .SelectMany(r => r.PendingEvents);
        return GovernanceRightsIndex.Build(events);
    }

    /// <summary>The actor that makes an attempt: the street office itself when its kind is a street office.</summary>
    /// <param name="attempt">The attempt.</param>
    /// <returns>The actor.</returns>
    public static Actor IssuerOf(TaskAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return Actor.RegisterOrganisation(attempt.IssuerKind == ActorKind.StreetOffice ? StreetOffice : new ActorId($"ISSUER-{attempt.IssuerKind}"), attempt.IssuerKind, $"{attempt.IssuerKind}", Start);
    }

    /// <summary>The street office as an actor.</summary>
    /// <returns>The actor.</returns>
    public static Actor StreetOfficeActor() => Actor.RegisterOrganisation(StreetOffice, ActorKind.StreetOffice, "街道办事处", Start);

    /// <summary>The district, the versions, the coordinated communities and the attempts.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"WorkAccessScenario {{ District = {District}, Versions = [{string.Join("; ", Versions)}], Coordinated = [{string.Join(", ", Coordinated)}], Attempts = [{string.Join(", ", Attempts)}] }}";

    private static LocalDate DayOf(int day) => new LocalDate(2026, 1, 1).PlusDays(day);
}
