using CommunityGovernance.Rights;

namespace CommunityGovernance.Testing.Rights;

/// <summary>A delegation a scenario tried, legal or not, and what became of it.</summary>
/// <param name="From">The right delegated from, as it stood at the attempt.</param>
/// <param name="Terms">The terms asked for.</param>
/// <param name="RefusedBy">The rule that refused it, or <see langword="null"/> when it was accepted.</param>
/// <param name="LeftTreeUnchanged">Whether the tree's snapshot was unchanged by a refused attempt (always true for an accepted one).</param>
public sealed record DelegationAttempt(HeldRight From, RightTerms Terms, string? RefusedBy, bool LeftTreeUnchanged)
{
    /// <summary>Whether the delegation was accepted.</summary>
    public bool WasAccepted => RefusedBy is null;

    /// <summary>Whether the delegation asked to go upward: to an administrative unit at a higher level than the right's scope.</summary>
    public bool IsUpward => From.Scope.IsAdministrative && Terms.Scope.IsAdministrative && Terms.Scope.AreaCode.Level < From.Scope.AreaCode.Level;
}
