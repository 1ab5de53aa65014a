namespace CommunityGovernance.Rights;

/// <summary>
/// The look-up key for holders of many rights: a scope and a holder, both as dense numbers. An administrative scope is its area
/// code's 12 digits times 8 plus its level (at most 2^43); a living community is minus one minus its ordinal.
/// </summary>
internal readonly struct ScopeKey(long scope, int actor) : IEquatable<ScopeKey>
{
    public long Scope { get; } = scope;

    public int Actor { get; } = actor;

    public bool Equals(ScopeKey other) => Scope == other.Scope && Actor == other.Actor;

    public override bool Equals(object? obj) => obj is ScopeKey other && Equals(other);

    // A multiplicative mix rather than HashCode.Combine: the key is hashed on every level of every check.
    public override int GetHashCode()
    {
        var mixed = (ulong)Scope * 0x9E3779B97F4A7C15UL ^ (uint)Actor * 0xC2B2AE3D27D4EB4FUL;
        return (int)(mixed ^ (mixed >> 32));
    }
}
