namespace CommunityGovernance.Rights;

/// <summary>
/// One delegation (放权, 赋权) of a batch given to <see cref="GovernanceRight.DelegateMany"/>: from which right, the new
/// right's id, and what it confers.
/// </summary>
/// <param name="From">The right delegated from: a right of the tree, or one delegated earlier in the same batch.</param>
/// <param name="Id">The new right's id, unused in the tree and in the batch.</param>
/// <param name="Terms">What the delegated right confers.</param>
public readonly record struct Delegation(GovernanceRightId From, GovernanceRightId Id, RightTerms Terms);
