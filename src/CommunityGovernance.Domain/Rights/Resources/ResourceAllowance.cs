using System.Text.Json.Serialization;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>
/// The amounts of resources a governance right may allocate, one non-negative amount per
/// <see cref="ResourceKind"/>: funds (资金), venues (场地), services (服务) and volunteers (志愿者).
/// </summary>
/// <remarks>
/// <para>
/// An allowance is a ceiling, not a transfer: a right delegated from another may allocate at most what its parent
/// may (<see cref="IsWithin"/>), kind by kind; siblings are each bounded by the parent, not by a share of it.
/// </para>
/// <para>Two allowances are equal when every amount is equal. The default value allows nothing.</para>
/// </remarks>
[JsonConverter(typeof(ResourceAllowanceJsonConverter))]
public readonly struct ResourceAllowance : IEquatable<ResourceAllowance>
{
    // Most rights allocate no resources: they carry no amounts at all, and the struct is one reference wide (every
    // RightTerms, event and index of a country's rights carries one).
    private readonly Amounts? _amounts;

    /// <summary>Creates an allowance.</summary>
    /// <param name="funds">Funds, in yuan.</param>
    /// <param name="venues">Venues, in square metres.</param>
    /// <param name="services">Services, in service hours.</param>
    /// <param name="volunteers">Volunteers, in volunteer hours.</param>
    /// <exception cref="DomainRuleViolationException">An amount is negative.</exception>
    public ResourceAllowance(long funds, long venues, long services, long volunteers)
    {
        if (funds < 0 || venues < 0 || services < 0 || volunteers < 0)
        {
            throw new DomainRuleViolationException(GovernanceRightRules.ResourceAllowanceIsWellFormed, "A resource amount is never negative.");
        }

        _amounts = (funds | venues | services | volunteers) == 0 ? null : new Amounts(funds, venues, services, volunteers);
    }

    /// <summary>The allowance of nothing.</summary>
    public static ResourceAllowance None => default;

    /// <summary>Funds (资金), in yuan.</summary>
    public long Funds => _amounts?.Funds ?? 0;

    /// <summary>Venues (场地), in square metres.</summary>
    public long Venues => _amounts?.Venues ?? 0;

    /// <summary>Services (服务), in service hours.</summary>
    public long Services => _amounts?.Services ?? 0;

    /// <summary>Volunteers (志愿者), in volunteer hours.</summary>
    public long Volunteers => _amounts?.Volunteers ?? 0;

    /// <summary>Whether every amount is zero.</summary>
    public bool IsNone => _amounts is null;

    /// <summary>An allowance of one kind only.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="amount">The amount, not negative.</param>
    /// <returns>The allowance.</returns>
    /// <exception cref="DomainRuleViolationException">The kind is unknown or the amount negative.</exception>
    public static ResourceAllowance Of(ResourceKind kind, long amount) => kind switch
    {
        ResourceKind.Funds => new(amount, 0, 0, 0),
        ResourceKind.Venues => new(0, amount, 0, 0),
        ResourceKind.Services => new(0, 0, amount, 0),
        ResourceKind.Volunteers => new(0, 0, 0, amount),
        _ => throw new DomainRuleViolationException(GovernanceRightRules.ResourceAllowanceIsWellFormed, $"'{(int)kind}' is not a resource kind."),
    };

    /// <summary>The amount of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="DomainRuleViolationException">The kind is unknown.</exception>
    public long AmountOf(ResourceKind kind) => kind switch
    {
        ResourceKind.Funds => Funds,
        ResourceKind.Venues => Venues,
        ResourceKind.Services => Services,
        ResourceKind.Volunteers => Volunteers,
        _ => throw new DomainRuleViolationException(GovernanceRightRules.ResourceAllowanceIsWellFormed, $"'{(int)kind}' is not a resource kind."),
    };

    /// <summary>Whether no amount of this allowance exceeds the same kind's amount in <paramref name="ceiling"/>.</summary>
    /// <param name="ceiling">The wider allowance.</param>
    /// <returns><see langword="true"/> when within.</returns>
    public bool IsWithin(ResourceAllowance ceiling) =>
        _amounts is null || (Funds <= ceiling.Funds && Venues <= ceiling.Venues && Services <= ceiling.Services && Volunteers <= ceiling.Volunteers);

    /// <summary>The two allowances added kind by kind, as integration adds resources to what a right may allocate.</summary>
    /// <param name="other">The allowance to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">An amount exceeds <see cref="long.MaxValue"/>.</exception>
    public ResourceAllowance Add(ResourceAllowance other) => other._amounts is null ? this : _amounts is null ? other : new(
        checked(Funds + other.Funds),
        checked(Venues + other.Venues),
        checked(Services + other.Services),
        checked(Volunteers + other.Volunteers));

    /// <inheritdoc />
    public bool Equals(ResourceAllowance other) =>
        ReferenceEquals(_amounts, other._amounts) ||
        (Funds == other.Funds && Venues == other.Venues && Services == other.Services && Volunteers == other.Volunteers);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResourceAllowance other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Funds, Venues, Services, Volunteers);

    /// <summary>The amounts, e.g. <c>funds 5000, venues 120, services 0, volunteers 40</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => FormattableString.Invariant($"funds {Funds}, venues {Venues}, services {Services}, volunteers {Volunteers}");

    /// <summary>Whether two allowances are equal.</summary>
    /// <param name="left">The first allowance.</param>
    /// <param name="right">The second allowance.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ResourceAllowance left, ResourceAllowance right) => left.Equals(right);

    /// <summary>Whether two allowances differ.</summary>
    /// <param name="left">The first allowance.</param>
    /// <param name="right">The second allowance.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ResourceAllowance left, ResourceAllowance right) => !left.Equals(right);

    private sealed record Amounts(long Funds, long Venues, long Services, long Volunteers);
}
