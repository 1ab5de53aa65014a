using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.ReadModels;
using CommunityGovernance.Storage.Projections;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace CommunityGovernance.Storage.Sqlite.Projections;

/// <summary>
/// The demand list a street-office screen pages through (诉求列表), kept as rows of a SQLite file: by street, community,
/// status, assignee and overdue, through coverage, in the order asked. It survives restarts and resumes from its
/// checkpoint; the same query gives the same page as <see cref="ResponseFieldView.Demands"/>, which holds it in memory.
/// </summary>
/// <remarks>
/// <para>
/// Two tables: <c>demand_list</c>, one row per demand (its category, subject, status, assignee and instants, no text),
/// and <c>demand_list_buildings</c>, one row per building of every coverage register (its living community and
/// jurisdiction). A demand about a living community lies within a unit when one of its buildings does, as coverage says
/// now: a building moved between jurisdictions moves its living community's demands with it.
/// </para>
/// <para>
/// An event about a demand the list never saw raised is refused: the projection stops there
/// (<see cref="ProjectionFailedException"/>) rather than guess. Instants are kept to the tick (100 ns).
/// </para>
/// </remarks>
public sealed class SqliteDemandList : SqliteProjection
{
    /// <summary>The projection's name: its checkpoint's key.</summary>
    public const string ProjectionName = "demand-list";

    private static readonly SqliteProjectionSchema s_schema = new(1, DemandListSql.Create, ["demand_list", "demand_list_buildings"]);

    /// <summary>Creates the list over a projection store; its tables are created before its first batch.</summary>
    /// <param name="database">The store that keeps its rows and checkpoint.</param>
    public SqliteDemandList(SqliteProjectionStore database)
        : base(ProjectionName, database)
    {
    }

    /// <inheritdoc />
    protected override SqliteProjectionSchema Schema => s_schema;

    /// <summary>One page of the demand list, filtered and ordered as a street-office screen asks.</summary>
    /// <param name="query">The filters, order and page.</param>
    /// <param name="now">The instant that judges overdue demands.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The page, read from one snapshot of the committed rows.</returns>
    /// <exception cref="SqliteException">SQLite cannot read the file, or the list's tables were never created (no batch and no checkpoint read yet).</exception>
    public Task<Page<DemandSummary>> DemandsAsync(DemandQuery query, Instant now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return SqliteWork.Complete(() => Demands(query, now, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    protected override void When(SqliteProjectionSession session, RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(recorded);
        var position = recorded.Position;
        switch (recorded.Event)
        {
            case DemandRaised e:
                var subject = e.Subject;
                session.Execute(
                    DemandListSql.Insert,
                    ("$id", e.Demand.Value),
                    ("$category", (long)e.Category),
                    ("$level", subject.IsAdministrative ? (long)subject.AreaCode.Level : null),
                    ("$code", subject.IsAdministrative ? subject.AreaCode.Value : null),
                    ("$living", subject.IsLiving ? subject.LivingCommunityId.Value : null),
                    ("$status", (long)DemandLifecycle.StatusAfter(DemandStepKind.Raise)),
                    ("$raised", e.OccurredAt.ToUnixTimeTicks()),
                    ("$due", e.DueAt.ToUnixTimeTicks()),
                    ("$position", position));
                break;
            case DemandAccepted e:
                Step(session, e.Demand, DemandStepKind.Accept, position);
                break;
            case DemandRouted e:
                Touch(session, e.Demand, session.Execute(DemandListSql.Route, ("$id", e.Demand.Value), ("$assignee", e.To.Value), ("$status", (long)DemandLifecycle.StatusAfter(DemandStepKind.Route)), ("$position", position)));
                break;
            case DemandWorkStarted e:
                Step(session, e.Demand, DemandStepKind.StartWork, position);
                break;
            case DemandResponded e:
                Answer(session, e.Demand, DemandStepKind.Respond, e.OccurredAt, position);
                break;
            case DemandReturnedForRework e:
                Step(session, e.Demand, DemandStepKind.ReturnForRework, position);
                break;
            case DemandClosed e:
                Step(session, e.Demand, DemandStepKind.Close, position);
                break;
            case DemandRejected e:
                Answer(session, e.Demand, DemandStepKind.Reject, e.OccurredAt, position);
                break;
            case DemandWithdrawn e:
                Step(session, e.Demand, DemandStepKind.Withdraw, position);
                break;
            case DemandVerified e:
                Step(session, e.Demand, e.Resolved ? DemandStepKind.Verify : DemandStepKind.FailVerification, position);
                break;
            case DemandConcluded e:
                Step(session, e.Demand, DemandStepKind.Conclude, position);
                break;
            case BuildingPlacedInJurisdiction e:
                session.Execute(DemandListSql.PlaceBuilding, ("$register", recorded.Stream.Key), ("$building", e.Building.Value), ("$living", e.LivingCommunity.Value), ("$jurisdiction", e.Jurisdiction.AreaCode.Value));
                break;
            case BuildingMovedBetweenJurisdictions e:
                Building(e.Building, session.Execute(DemandListSql.MoveBuilding, ("$register", recorded.Stream.Key), ("$building", e.Building.Value), ("$jurisdiction", e.To.AreaCode.Value)));
                break;
            case BuildingWithdrawnFromCoverage e:
                Building(e.Building, session.Execute(DemandListSql.WithdrawBuilding, ("$register", recorded.Stream.Key), ("$building", e.Building.Value)));
                break;
            default:
                break; // Not about demands or coverage.
        }
    }

    private static void Step(SqliteProjectionSession session, DemandId demand, DemandStepKind step, long position) =>
        Touch(session, demand, session.Execute(DemandListSql.Step, ("$id", demand.Value), ("$status", (long)DemandLifecycle.StatusAfter(step)), ("$position", position)));

    private static void Answer(SqliteProjectionSession session, DemandId demand, DemandStepKind step, Instant at, long position) =>
        Touch(session, demand, session.Execute(DemandListSql.Answer, ("$id", demand.Value), ("$status", (long)DemandLifecycle.StatusAfter(step)), ("$at", at.ToUnixTimeTicks()), ("$position", position)));

    private static void Touch(SqliteProjectionSession session, DemandId demand, int rows)
    {
        if (rows != 1)
        {
            throw new InvalidOperationException($"The demand list holds no demand '{demand}' of tenant '{session.Tenant}': an event about it came before it was raised.");
        }
    }

    private static void Building(BuildingId building, int rows)
    {
        if (rows != 1)
        {
            throw new InvalidOperationException($"The demand list's coverage holds no building '{building}' in this register: it was moved or withdrawn before it was placed.");
        }
    }

    private Page<DemandSummary> Demands(DemandQuery query, Instant now, CancellationToken cancellationToken)
    {
        var (where, order) = DemandListSql.Filter(query);
        using var connection = Database.OpenConnection();
        using var snapshot = connection.BeginTransaction(deferred: true); // the count and the page from one snapshot
        using var count = connection.CreateCommand();
        count.Transaction = snapshot;
        count.CommandText = "SELECT count(*) FROM demand_list d WHERE " + where + ";";
        Bind(count, query, now);
        var total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);

        using var select = connection.CreateCommand();
        select.Transaction = snapshot;
        select.CommandText = DemandListSql.SelectColumns + " FROM demand_list d WHERE " + where + " ORDER BY " + order + " LIMIT $size OFFSET $offset;";
        Bind(select, query, now);
        select.Parameters.AddWithValue("$size", query.PageSize);
        select.Parameters.AddWithValue("$offset", ((long)query.Page - 1) * query.PageSize);
        var items = new List<DemandSummary>(query.PageSize);
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                items.Add(DemandListSql.Read(reader));
            }
        }

        return new Page<DemandSummary>(items, query.Page, query.PageSize, total);
    }

    private void Bind(SqliteCommand command, DemandQuery query, Instant now)
    {
        command.Parameters.AddWithValue("$tenant", Database.Tenant.Value);
        command.Parameters.AddWithValue("$now", now.ToUnixTimeTicks());
        if (query.Within is { } within && within.Level != 0)
        {
            command.Parameters.AddWithValue("$level", (long)within.Level);
            command.Parameters.AddWithValue("$low", within.Value);
            command.Parameters.AddWithValue("$high", DemandListSql.LastCodeWithin(within));
        }

        if (query.Status is { } status)
        {
            command.Parameters.AddWithValue("$status", (long)status);
        }

        if (query.Assignee is { } assignee)
        {
            command.Parameters.AddWithValue("$assignee", assignee.Value);
        }

        if (query.Overdue is { } overdue)
        {
            command.Parameters.AddWithValue("$overdue", overdue ? 1L : 0L);
        }
    }
}
