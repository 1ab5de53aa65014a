using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>An extension (renewal, 续期) moves a bounded validity's end later; shortening is its own command.</summary>
internal readonly struct ValidityExtensionLengthensRule(Interval validity, Instant newEnd) : IDomainRule
{
    public string Name => GovernanceRightRules.ValidityExtensionLengthens;

    public string Message => $"The new end {newEnd} must lie after the current end of {validity}.";

    public bool IsBroken() => !validity.HasEnd || newEnd <= validity.End;
}
