using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// Shortening a validity moves its end earlier, but not before its start nor into the past of the command: a right
/// cannot be ended retroactively (revoke it instead).
/// </summary>
internal readonly struct ValidityChangeNarrowsRule(Interval validity, Instant newEnd, Instant at) : IDomainRule
{
    public string Name => GovernanceRightRules.ValidityChangeNarrows;

    public string Message => $"The new end {newEnd} must lie after the start, no earlier than {at}, and before the current end of {validity}.";

    public bool IsBroken() =>
        (validity.HasStart && newEnd <= validity.Start) || newEnd < at || (validity.HasEnd && newEnd >= validity.End);
}
