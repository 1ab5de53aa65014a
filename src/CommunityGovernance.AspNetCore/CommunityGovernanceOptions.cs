using System.Reflection;
using System.Resources;
using System.Text.Json;
using CommunityGovernance.AspNetCore.Authorization;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.PersonalData;
using CommunityGovernance.Storage.Projections;
using Microsoft.AspNetCore.Http;

namespace CommunityGovernance.AspNetCore;

/// <summary>
/// What <see cref="CommunityGovernanceServiceCollectionExtensions.AddCommunityGovernance"/> sets up: the store, the
/// serializer, the actor's claim, how a request names its unit, and how refusals become problem details.
/// </summary>
/// <remarks>
/// The store is SQLite (<see cref="UseSqlite"/>, one file, the default) unless <see cref="UseStore"/> names another:
/// PostgreSQL through Marten comes in its own package, <c>CommunityGovernance.AspNetCore.Marten</c>
/// (<c>governance.UsePostgreSql(connectionString)</c>), so that an application on SQLite does not carry Marten and Npgsql.
/// </remarks>
public sealed class CommunityGovernanceOptions
{
    /// <summary>
    /// The claim whose value is the signed-in user's <see cref="Actors.ActorId"/>; by default
    /// <see cref="GovernanceClaimTypes.Actor"/>. Set it to the claim your identity provider issues (e.g. <c>sub</c>) when
    /// its values are your actors' ids.
    /// </summary>
    public string ActorClaimType { get; set; } = GovernanceClaimTypes.Actor;

    /// <summary>The SQLite file the events are kept in, when no other store is configured (<see cref="UseStore"/>).</summary>
    public string SqliteDataSource { get; set; } = "community-governance.db";

    /// <summary>
    /// Opens the store the events are kept in instead of SQLite (see <see cref="UseStore"/>); <see langword="null"/> for
    /// the SQLite file <see cref="SqliteDataSource"/>.
    /// </summary>
    public Func<IServiceProvider, IEventStore>? StoreFactory { get; private set; }

    /// <summary>
    /// The key store personal data is encrypted under (the durable stores require one). When <see langword="null"/>, a
    /// <see cref="FilePersonalDataKeyStore"/> at <see cref="PersonalDataKeyFile"/> is used.
    /// </summary>
    public IPersonalDataKeyStore? PersonalDataKeys { get; set; }

    /// <summary>The key file used when <see cref="PersonalDataKeys"/> is not set; keep it out of the database's backups.</summary>
    public string PersonalDataKeyFile { get; set; } = "community-governance-keys.json";

    /// <summary>Assemblies whose own domain events the serializer must read too.</summary>
    public IList<Assembly> VendorEventAssemblies { get; } = [];

    /// <summary>Upcasters for older stored shapes of events.</summary>
    public IList<IEventUpcaster> Upcasters { get; } = [];

    /// <summary>How many rights the live rights index should expect, to size it once (0: grow as needed).</summary>
    public int ExpectedRights { get; set; }

    /// <summary>How the projections read the feed.</summary>
    public ProjectionRunnerOptions Projections { get; set; } = new();

    /// <summary>
    /// Whether the application waits at start-up until every projection (the live rights index among them) has read the
    /// whole feed, so that the first request is answered from current rights. On by default.
    /// </summary>
    public bool CatchUpBeforeStart { get; set; } = true;

    /// <summary>
    /// How the authorization handler finds the unit of a request authorized by a policy alone (the resource then being
    /// the <see cref="HttpContext"/>). By default, <see cref="GovernanceUnits.FromRoute"/>: the route value
    /// <c>unit</c> (<c>administrative:&lt;area code&gt;</c>, <c>living:&lt;id&gt;</c> or a bare area code), else
    /// <c>areaCode</c>, else <c>livingCommunity</c>.
    /// </summary>
    public Func<HttpContext, CommunityUnit?> UnitFromRequest { get; set; } = GovernanceUnits.FromRoute;

    /// <summary>
    /// The start of a problem's <c>type</c>: the rule's name follows it (<c>urn:community-governance:rule:DemandTransitionIsLegal</c>).
    /// </summary>
    public string ProblemTypePrefix { get; set; } = "urn:community-governance:rule:";

    /// <summary>
    /// The rules whose refusal means "the resource is not in a state for this" (409 Conflict) rather than "this request
    /// breaks a rule" (422 Unprocessable Content). By default, the demand's lifecycle rule and a crossing answered twice.
    /// </summary>
    public ISet<string> StateConflictRules { get; } = new HashSet<string>(StringComparer.Ordinal) { DemandRules.TransitionIsLegal, CommunityRules.CrossingIsAnsweredOnce };

    /// <summary>
    /// The vendor's own problem texts, asked before the library's (the first that has a key wins): a
    /// <see cref="ResourceManager"/> over the vendor's .resx files, with the keys of the library's ProblemTexts.resx
    /// (<c>Rule.&lt;rule name&gt;</c> for a rule's statement, <c>RuleDetail</c>, <c>RuleViolated</c>, <c>StateConflict</c>,
    /// <c>ConcurrencyConflict</c>, <c>PreconditionFailed</c>, <c>PreconditionFailedDetail</c>). Add a culture by giving
    /// its .resx; change a text by giving its key alone.
    /// </summary>
    public IList<ResourceManager> ProblemTexts { get; } = [];

    /// <summary>Changes to the JSON options of HTTP answers, applied after the library's own (readable Chinese, camel case, NodaTime, enums as text).</summary>
    public IList<Action<JsonSerializerOptions>> Json { get; } = [];

    /// <summary>Keeps the events in a SQLite file (the default).</summary>
    /// <param name="dataSource">The file.</param>
    /// <returns>These options.</returns>
    public CommunityGovernanceOptions UseSqlite(string dataSource)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataSource);
        SqliteDataSource = dataSource;
        StoreFactory = null;
        return this;
    }

    /// <summary>
    /// Keeps the events in the store <paramref name="open"/> returns, opened once, when first resolved: the way a store
    /// package plugs in (<c>CommunityGovernance.AspNetCore.Marten</c>'s <c>UsePostgreSql</c> calls it). The store is
    /// traced like the default one; take the <see cref="DomainEventSerializer"/> from the services given.
    /// </summary>
    /// <param name="open">Opens the store.</param>
    /// <returns>These options.</returns>
    public CommunityGovernanceOptions UseStore(Func<IServiceProvider, IEventStore> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        StoreFactory = open;
        return this;
    }
}
