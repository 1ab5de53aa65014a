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
public readonly struct ResourceAllowance : IEquatable<ResourceAllowance>
{
    /// <summary>The rule broken by a negative amount or an unknown kind.</summary>
    public const string WellFormedRule = "ResourceAllowanceIsWellFormed";

    private readonly long _funds;
    private readonly long _venues;
    private readonly long _services;
    private readonly long _volunteers;

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
            throw new DomainRuleViolationException(WellFormedRule, "A resource amount is never negative.");
        }

        _funds = funds;
        _venues = venues;
        _services = services;
        _volunteers = volunteers;
    }

    /// <summary>The allowance of nothing.</summary>
    public static ResourceAllowance None => default;

    /// <summary>Funds (资金), in yuan.</summary>
    public long Funds => _funds;

    /// <summary>Venues (场地), in square metres.</summary>
    public long Venues => _venues;

    /// <summary>Services (服务), in service hours.</summary>
    public long Services => _services;

    /// <summary>Volunteers (志愿者), in volunteer hours.</summary>
    public long Volunteers => _volunteers;

    /// <summary>Whether every amount is zero.</summary>
    public bool IsNone => (_funds | _venues | _services | _volunteers) == 0;

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
        _ => throw new DomainRuleViolationException(WellFormedRule, $"'{(int)kind}' is not a resource kind."),
    };

    /// <summary>The amount of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="DomainRuleViolationException">The kind is unknown.</exception>
    public long AmountOf(ResourceKind kind) => kind switch
    {
        ResourceKind.Funds => _funds,
        ResourceKind.Venues => _venues,
        ResourceKind.Services => _services,
        ResourceKind.Volunteers => _volunteers,
        _ => throw new DomainRuleViolationException(WellFormedRule, $"'{(int)kind}' is not a resource kind."),
    };

    /// <summary>Whether no amount of this allowance exceeds the same kind's amount in <paramref name="ceiling"/>.</summary>
    /// <param name="ceiling">The wider allowance.</param>
    /// <returns><see langword="true"/> when within.</returns>
    public bool IsWithin(ResourceAllowance ceiling) =>
        _funds <= ceiling._funds && _venues <= ceiling._venues && _services <= ceiling._services && _volunteers <= ceiling._volunteers;

    /// <summary>The two allowances added kind by kind, as integration adds resources to what a right may allocate.</summary>
    /// <param name="other">The allowance to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">An amount exceeds <see cref="long.MaxValue"/>.</exception>
    public ResourceAllowance Add(ResourceAllowance other) => new(
        checked(_funds + other._funds),
        checked(_venues + other._venues),
        checked(_services + other._services),
        checked(_volunteers + other._volunteers));

    /// <inheritdoc />
    public bool Equals(ResourceAllowance other) =>
        _funds == other._funds && _venues == other._venues && _services == other._services && _volunteers == other._volunteers;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResourceAllowance other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_funds, _venues, _services, _volunteers);

    /// <summary>The amounts, e.g. <c>funds 5000, venues 120, services 0, volunteers 40</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => FormattableString.Invariant($"funds {_funds}, venues {_venues}, services {_services}, volunteers {_volunteers}");

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
}
