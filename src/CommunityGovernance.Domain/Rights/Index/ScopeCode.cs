using System.Globalization;
using CommunityGovernance.Communities;

namespace CommunityGovernance.Rights;

/// <summary>
/// A right's scope, or the unit a check asks about, as the index reads it: one number, so that whether a scope covers a
/// unit and which scope lies above it are arithmetic, not look-ups. An administrative unit is its area code's 12 digits
/// times 8 plus its level (below 2^43); a living community is minus one minus its ordinal in the index.
/// </summary>
internal readonly struct ScopeCode : IEquatable<ScopeCode>
{
    /// <summary>The level bit of a living community (see <see cref="LevelBit"/>).</summary>
    public const byte LivingLevelBit = 1;

    private readonly long _value;

    private ScopeCode(long value) => _value = value;

    /// <summary>No scope: what lies above a province or a living community.</summary>
    public static ScopeCode None => new(long.MinValue);

    public bool IsNone => _value == long.MinValue;

    public bool IsLiving => _value < 0;

    /// <summary>The living community's ordinal; only for a living scope.</summary>
    public int LivingOrdinal => (int)(-1L - _value);

    /// <summary>The administrative level, 0 for a living community: the higher, the nearer a community.</summary>
    public int Level => _value < 0 ? 0 : (int)(_value & 7);

    /// <summary>Bit 0 for a living community, bit <c>n</c> for administrative level <c>n</c>: a holder's levels are these bits or'ed.</summary>
    public byte LevelBit => (byte)(1 << Level);

    /// <summary>The scope directly above (a community's street, a street's district, …), or <see cref="None"/>.</summary>
    public ScopeCode Parent
    {
        get
        {
            var level = Level;
            if (level <= (int)AdministrativeLevel.Province)
            {
                return None;
            }

            var unit = AreaCode.UnitOfLevel[level - 1];
            return new(((_value >> 3) / unit * unit * 8) + level - 1);
        }
    }

    public static ScopeCode Of(AreaCode code) => new((code.Value * 8) + (long)code.Level);

    public static ScopeCode OfLiving(int ordinal) => new(-1L - ordinal);

    /// <summary>The level bits of a unit at <paramref name="level"/> and of every unit above it.</summary>
    public static byte LevelsAtOrAbove(AdministrativeLevel level) => (byte)((2 << (int)level) - 2);

    /// <summary>
    /// Whether a right over this scope covers <paramref name="unit"/>: the same living community, or an administrative
    /// unit at this scope's level or below whose digits, cut at this level, are this scope's.
    /// </summary>
    public bool Covers(ScopeCode unit)
    {
        if (_value < 0 || unit._value < 0)
        {
            return _value == unit._value;
        }

        var level = (int)(_value & 7);
        if (level > (int)(unit._value & 7))
        {
            return false;
        }

        var digits = unit._value >> 3;
        return _value >> 3 == digits - (digits % AreaCode.UnitOfLevel[level]);
    }

    /// <summary>The unit this scope stands for, given the index's living communities by ordinal.</summary>
    public CommunityUnit ToUnit(IReadOnlyList<LivingCommunityId> livingCommunities) => IsLiving
        ? CommunityUnit.Living(livingCommunities[LivingOrdinal])
        : CommunityUnit.Administrative(AreaCode.Parse((_value >> 3).ToString("D12", CultureInfo.InvariantCulture), (AdministrativeLevel)Level));

    public bool Equals(ScopeCode other) => _value == other._value;

    public override bool Equals(object? obj) => obj is ScopeCode other && Equals(other);

    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>The number itself, for a hash that mixes it with others.</summary>
    public long ToInt64() => _value;
}
