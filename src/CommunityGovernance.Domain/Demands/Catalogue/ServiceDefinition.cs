using Ardalis.GuardClauses;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Demands.Catalogue;

/// <summary>
/// One kind of case in a vendor's service catalogue (服务事项): its code, name, group and keywords, as an Open311
/// GeoReport v2 service describes it, and the <see cref="DemandCategory"/> under which demands of this kind are
/// routed.
/// </summary>
/// <remarks>
/// The catalogue is the vendor's own vocabulary (噪音扰民, 路灯损坏, 电梯故障…); the eight categories are the model's.
/// Mapping each service to one category lets routing, deadlines and the response field keep working on the
/// categories while intake speaks the vendor's words. Two definitions are equal when every member is equal; this
/// type is immutable.
/// </remarks>
public sealed record ServiceDefinition
{
    /// <summary>The longest service name accepted.</summary>
    public const int MaxNameLength = Demand.MaxSubcategoryLength;

    /// <summary>The longest group name accepted.</summary>
    public const int MaxGroupLength = 50;

    /// <summary>The longest keyword accepted.</summary>
    public const int MaxKeywordLength = 20;

    /// <summary>The longest description accepted.</summary>
    public const int MaxDescriptionLength = 500;

    /// <summary>Defines a service.</summary>
    /// <param name="code">Its code, unique within a catalogue.</param>
    /// <param name="name">Its name, 1 to <see cref="MaxNameLength"/> characters, e.g. 噪音扰民.</param>
    /// <param name="group">The group it is listed under, 1 to <see cref="MaxGroupLength"/> characters, e.g. 城市管理.</param>
    /// <param name="category">The demand category it is routed under.</param>
    /// <param name="keywords">Words an operator or a citizen would use for it, each 1 to <see cref="MaxKeywordLength"/> characters; duplicates are dropped.</param>
    /// <param name="description">An optional description, at most <see cref="MaxDescriptionLength"/> characters.</param>
    /// <exception cref="DomainRuleViolationException">An argument is missing, blank, too long or unknown.</exception>
    public ServiceDefinition(ServiceCode code, string name, string group, DemandCategory category, IEnumerable<string> keywords, string? description = null)
    {
        Code = Guard.Against.MissingId(code);
        Name = Guard.Against.MissingText(name, MaxNameLength);
        Group = Guard.Against.MissingText(group, MaxGroupLength);
        Category = Guard.Against.UnknownValue(category, DemandRules.CategoryIsKnown);
        Keywords = new EquatableArray<string>(Guard.Against.MissingValue(keywords)
            .Select(k => Guard.Against.MissingText(k, MaxKeywordLength))
            .Distinct(StringComparer.Ordinal));
        Description = string.IsNullOrWhiteSpace(description) ? null : Guard.Against.MissingText(description, MaxDescriptionLength);
    }

    /// <summary>The service code (Open311 <c>service_code</c>).</summary>
    public ServiceCode Code { get; }

    /// <summary>The service name (Open311 <c>service_name</c>).</summary>
    public string Name { get; }

    /// <summary>The group it is listed under (Open311 <c>group</c>).</summary>
    public string Group { get; }

    /// <summary>The demand category it is routed under.</summary>
    public DemandCategory Category { get; }

    /// <summary>The keywords, in the order first given (Open311 <c>keywords</c>).</summary>
    public EquatableArray<string> Keywords { get; }

    /// <summary>The description, or <see langword="null"/> (Open311 <c>description</c>).</summary>
    public string? Description { get; }

    /// <summary>Whether <paramref name="text"/> mentions the name or one of the keywords (ordinal, ignoring case).</summary>
    /// <param name="text">A demand's text or an operator's search.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool IsMentionedIn(string text)
    {
        Guard.Against.MissingValue(text);
        if (text.Contains(Name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var keyword in Keywords)
        {
            if (text.Contains(keyword, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The code, name and category.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Code} {Name} ({Category})";
}
