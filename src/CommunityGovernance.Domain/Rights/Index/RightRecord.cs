namespace CommunityGovernance.Rights;

/// <summary>
/// What the index keeps about a right beyond what the check reads (<see cref="RightSlot"/>), 12 bytes: read when an
/// event changes the right and when an answer is explained.
/// </summary>
/// <remarks>
/// The times are in the slot: the start of the validity is <see cref="RightSlot.LiveFrom"/>, and while the right
/// stands its end is <see cref="RightSlot.LiveUntil"/>. Only a revoked right needs its end and its revocation apart,
/// and only a right with an instant beyond the numbered range its exact instants: both are kept aside (see
/// <see cref="GovernanceRightsIndex"/>), since few rights are either, and the rest need not carry them.
/// </remarks>
internal struct RightRecord
{
    /// <summary>The holder's ordinal, in the order holders were first seen.</summary>
    public int Holder;

    /// <summary>The slot of the right it was delegated from, or -1 for an original right.</summary>
    public int Parent;

    /// <summary>The next right of the same holder over the same scope, kept only for holders of many rights.</summary>
    public int NextInScope;
}
