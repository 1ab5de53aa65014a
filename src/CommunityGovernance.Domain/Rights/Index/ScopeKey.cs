namespace CommunityGovernance.Rights;

/// <summary>The look-up key for holders of many rights: a scope and a holder's ordinal.</summary>
internal readonly struct ScopeKey(ScopeCode scope, int actor) : IEquatable<ScopeKey>
{
    public ScopeCode Scope { get; } = scope;

    public int Actor { get; } = actor;

    public bool Equals(ScopeKey other) => Scope.Equals(other.Scope) && Actor == other.Actor;

    public override bool Equals(object? obj) => obj is ScopeKey other && Equals(other);

    // A multiplicative mix rather than HashCode.Combine: the key is hashed on every level of every check.
    public override int GetHashCode()
    {
        var mixed = (ulong)Scope.ToInt64() * 0x9E3779B97F4A7C15UL ^ (uint)Actor * 0xC2B2AE3D27D4EB4FUL;
        return (int)(mixed ^ (mixed >> 32));
    }
}
