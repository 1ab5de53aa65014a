using System.Text.Json.Serialization;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>
/// A set of <see cref="GovernancePower"/>s, the powers a governance right (治理权) confers: one bit per power in a
/// single byte, so that combining and comparing sets allocates nothing.
/// </summary>
/// <remarks>
/// Two sets are equal when they hold the same powers. A delegated right's set must be a subset
/// (<see cref="IsSubsetOf"/>) of the set it was delegated from.
/// </remarks>
[JsonConverter(typeof(GovernancePowersJsonConverter))]
public readonly struct GovernancePowers : IEquatable<GovernancePowers>
{
    private const byte AllBits = 0b1111;

    private readonly byte _bits;

    private GovernancePowers(byte bits) => _bits = bits;

    /// <summary>The empty set: no power at all.</summary>
    public static GovernancePowers None => default;

    /// <summary>All four powers: resource allocation, task setting, time scheduling, inspection and assessment.</summary>
    public static GovernancePowers All => new(AllBits);

    /// <summary>The set as its bits: bit 0 resource allocation, bit 1 task setting, bit 2 time scheduling, bit 3 inspection and assessment.</summary>
    public byte Bits => _bits;

    /// <summary>Whether the set is empty.</summary>
    public bool IsEmpty => _bits == 0;

    /// <summary>The number of powers in the set.</summary>
    public int Count => System.Numerics.BitOperations.PopCount(_bits);

    /// <summary>The set holding just <paramref name="power"/>.</summary>
    /// <param name="power">The power.</param>
    /// <returns>The set.</returns>
    /// <exception cref="DomainRuleViolationException">The power is not one of the four.</exception>
    public static GovernancePowers Of(GovernancePower power) => new(BitOf(power));

    /// <summary>The set holding the given powers.</summary>
    /// <param name="powers">The powers; repeats are harmless.</param>
    /// <returns>The set.</returns>
    /// <exception cref="DomainRuleViolationException">A power is not one of the four.</exception>
    public static GovernancePowers Of(params ReadOnlySpan<GovernancePower> powers)
    {
        byte bits = 0;
        foreach (var power in powers)
        {
            bits |= BitOf(power);
        }

        return new(bits);
    }

    /// <summary>Reads a set from its <see cref="Bits"/>.</summary>
    /// <param name="bits">The bits; only the lowest four may be set.</param>
    /// <returns>The set.</returns>
    /// <exception cref="DomainRuleViolationException">A bit above the fourth is set.</exception>
    public static GovernancePowers FromBits(byte bits) =>
        (bits & ~AllBits) == 0 ? new(bits) : throw new DomainRuleViolationException(GovernanceRightRules.GovernancePowerIsKnown, "Only the four lowest bits denote governance powers.");

    /// <summary>Whether the set holds <paramref name="power"/>. An unknown power is never held.</summary>
    /// <param name="power">The power.</param>
    /// <returns><see langword="true"/> when held.</returns>
    public bool Contains(GovernancePower power) => power is >= GovernancePower.ResourceAllocation and <= GovernancePower.InspectionAndAssessment
        && (_bits & (1 << ((int)power - 1))) != 0;

    /// <summary>Whether the set holds every power of <paramref name="other"/>.</summary>
    /// <param name="other">The powers needed.</param>
    /// <returns><see langword="true"/> when all are held.</returns>
    public bool ContainsAll(GovernancePowers other) => (other._bits & ~_bits) == 0;

    /// <summary>Whether every power of this set is in <paramref name="other"/>.</summary>
    /// <param name="other">The wider set.</param>
    /// <returns><see langword="true"/> when this set is a subset.</returns>
    public bool IsSubsetOf(GovernancePowers other) => other.ContainsAll(this);

    /// <summary>The powers in either set.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The union.</returns>
    public GovernancePowers Union(GovernancePowers other) => new((byte)(_bits | other._bits));

    /// <summary>The powers in both sets.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The intersection.</returns>
    public GovernancePowers Intersect(GovernancePowers other) => new((byte)(_bits & other._bits));

    /// <summary>The powers of this set that are not in <paramref name="other"/>.</summary>
    /// <param name="other">The powers to take away.</param>
    /// <returns>The difference.</returns>
    public GovernancePowers Except(GovernancePowers other) => new((byte)(_bits & ~other._bits));

    /// <summary>This set with <paramref name="power"/> added.</summary>
    /// <param name="power">The power to add.</param>
    /// <returns>The wider set.</returns>
    /// <exception cref="DomainRuleViolationException">The power is not one of the four.</exception>
    public GovernancePowers With(GovernancePower power) => new((byte)(_bits | BitOf(power)));

    /// <summary>The powers of the set, in the order of <see cref="GovernancePower"/>.</summary>
    /// <returns>The powers.</returns>
    public IEnumerable<GovernancePower> ToEnumerable()
    {
        for (var power = GovernancePower.ResourceAllocation; power <= GovernancePower.InspectionAndAssessment; power++)
        {
            if (Contains(power))
            {
                yield return power;
            }
        }
    }

    /// <inheritdoc />
    public bool Equals(GovernancePowers other) => _bits == other._bits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GovernancePowers other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _bits;

    /// <summary>The powers, e.g. <c>{ResourceAllocation, TaskSetting}</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => "{" + string.Join(", ", ToEnumerable()) + "}";

    /// <summary>Whether two sets hold the same powers.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(GovernancePowers left, GovernancePowers right) => left.Equals(right);

    /// <summary>Whether two sets differ.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(GovernancePowers left, GovernancePowers right) => !left.Equals(right);

    private static byte BitOf(GovernancePower power) => power is >= GovernancePower.ResourceAllocation and <= GovernancePower.InspectionAndAssessment
        ? (byte)(1 << ((int)power - 1))
        : throw new DomainRuleViolationException(GovernanceRightRules.GovernancePowerIsKnown, $"'{(int)power}' is not one of the four governance powers.");
}
