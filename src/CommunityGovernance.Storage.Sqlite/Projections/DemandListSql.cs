using System.Globalization;
using System.Text;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.ReadModels;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace CommunityGovernance.Storage.Sqlite.Projections;

/// <summary>The demand list's tables and statements, in one place.</summary>
internal static class DemandListSql
{
    // Instants are NodaTime unix ticks; area codes their 12-digit value, so "within a unit" is a range of values.
    public const string Create = """
        CREATE TABLE demand_list (
            tenant            TEXT    NOT NULL COLLATE BINARY,
            id                TEXT    NOT NULL COLLATE BINARY,
            category          INTEGER NOT NULL,
            subject_level     INTEGER,
            subject_code      INTEGER,
            subject_living    TEXT    COLLATE BINARY,
            status            INTEGER NOT NULL,
            assignee          TEXT    COLLATE BINARY,
            raised_at         INTEGER NOT NULL,
            due_at            INTEGER NOT NULL,
            first_answered_at INTEGER,
            position          INTEGER NOT NULL,
            PRIMARY KEY (tenant, id),
            CHECK ((subject_code IS NULL) = (subject_living IS NOT NULL))
        ) STRICT;
        CREATE INDEX demand_list_raised ON demand_list (tenant, raised_at);
        CREATE INDEX demand_list_due ON demand_list (tenant, due_at);
        CREATE INDEX demand_list_assignee ON demand_list (tenant, assignee);
        CREATE INDEX demand_list_subject_code ON demand_list (tenant, subject_code);
        CREATE INDEX demand_list_subject_living ON demand_list (tenant, subject_living);
        CREATE TABLE demand_list_buildings (
            tenant       TEXT    NOT NULL COLLATE BINARY,
            register     TEXT    NOT NULL COLLATE BINARY,
            building     TEXT    NOT NULL COLLATE BINARY,
            living       TEXT    NOT NULL COLLATE BINARY,
            jurisdiction INTEGER NOT NULL,
            PRIMARY KEY (tenant, register, building)
        ) STRICT;
        CREATE INDEX demand_list_buildings_living ON demand_list_buildings (tenant, living, jurisdiction);
        """;

    public const string Insert = """
        INSERT INTO demand_list (tenant, id, category, subject_level, subject_code, subject_living, status, assignee, raised_at, due_at, first_answered_at, position)
        VALUES ($tenant, $id, $category, $level, $code, $living, $status, NULL, $raised, $due, NULL, $position);
        """;

    public const string Step = "UPDATE demand_list SET status = $status, position = $position WHERE tenant = $tenant AND id = $id;";

    public const string Route = "UPDATE demand_list SET status = $status, assignee = $assignee, position = $position WHERE tenant = $tenant AND id = $id;";

    public const string Answer = "UPDATE demand_list SET status = $status, first_answered_at = coalesce(first_answered_at, $at), position = $position WHERE tenant = $tenant AND id = $id;";

    public const string PlaceBuilding = """
        INSERT INTO demand_list_buildings (tenant, register, building, living, jurisdiction)
        VALUES ($tenant, $register, $building, $living, $jurisdiction);
        """;

    public const string MoveBuilding = "UPDATE demand_list_buildings SET jurisdiction = $jurisdiction WHERE tenant = $tenant AND register = $register AND building = $building;";

    public const string WithdrawBuilding = "DELETE FROM demand_list_buildings WHERE tenant = $tenant AND register = $register AND building = $building;";

    // As Demand.IsOverdueAt: unanswered, not withdrawn, and past due. Declared before SelectColumns, which reads it.
    private static readonly string s_overdue = $"(d.first_answered_at IS NULL AND d.status <> {(int)DemandStatus.Withdrawn} AND d.due_at < $now)";

    public static readonly string SelectColumns =
        "SELECT d.id, d.category, d.subject_level, d.subject_code, d.subject_living, d.status, d.assignee, d.raised_at, d.due_at, " + s_overdue;

    /// <summary>The WHERE clause and ORDER BY of a query; every value is a parameter (see <c>SqliteDemandList.Bind</c>).</summary>
    public static (string Where, string Order) Filter(DemandQuery query)
    {
        var where = new StringBuilder("d.tenant = $tenant");
        if (query.Within is { } within)
        {
            where.Append(within.Level == 0
                ? " AND 0"
                : """
                   AND ((d.subject_level >= $level AND d.subject_code BETWEEN $low AND $high)
                    OR EXISTS (SELECT 1 FROM demand_list_buildings b
                               WHERE b.tenant = d.tenant AND b.living = d.subject_living AND b.jurisdiction BETWEEN $low AND $high))
                  """);
        }

        if (query.Status is not null)
        {
            where.Append(" AND d.status = $status");
        }

        if (query.Assignee is not null)
        {
            where.Append(" AND d.assignee = $assignee");
        }

        if (query.Overdue is not null)
        {
            where.Append(" AND " + s_overdue + " = $overdue");
        }

        var order = query.Order switch
        {
            DemandOrder.DueFirst => "d.due_at, d.id",
            DemandOrder.OldestFirst => "d.raised_at, d.id",
            _ => "d.raised_at DESC, d.id",
        };
        return (where.ToString(), order);
    }

    /// <summary>The largest 12-digit code within a unit: its significant digits followed by nines.</summary>
    public static long LastCodeWithin(AreaCode unit) => long.Parse(unit.ToString().PadRight(12, '9'), CultureInfo.InvariantCulture);

    /// <summary>Reads a row of <see cref="SelectColumns"/>.</summary>
    public static DemandSummary Read(SqliteDataReader reader)
    {
        var subject = reader.IsDBNull(4)
            ? CommunityUnit.Administrative(AreaCode.Parse(reader.GetInt64(3).ToString("D12", CultureInfo.InvariantCulture), (AdministrativeLevel)reader.GetInt64(2)))
            : CommunityUnit.Living(new LivingCommunityId(reader.GetString(4)));
        return new DemandSummary(
            new DemandId(reader.GetString(0)),
            (DemandCategory)reader.GetInt64(1),
            subject,
            (DemandStatus)reader.GetInt64(5),
            reader.IsDBNull(6) ? null : new ActorId(reader.GetString(6)),
            Instant.FromUnixTimeTicks(reader.GetInt64(7)),
            Instant.FromUnixTimeTicks(reader.GetInt64(8)),
            reader.GetInt64(9) != 0);
    }
}
