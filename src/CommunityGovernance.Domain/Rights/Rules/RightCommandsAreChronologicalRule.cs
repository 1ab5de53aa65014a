using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// Commands come in time order. Otherwise a revocation could be dated after a later one of a descendant, and a
/// descendant would outlive the right it came from.
/// </summary>
internal readonly struct RightCommandsAreChronologicalRule(Instant lastChangedAt, Instant at) : IDomainRule
{
    public string Name => GovernanceRightRules.RightCommandsAreChronological;

    public string Message => $"The command is dated {at}, before the last change at {lastChangedAt}.";

    public bool IsBroken() => at < lastChangedAt;
}
