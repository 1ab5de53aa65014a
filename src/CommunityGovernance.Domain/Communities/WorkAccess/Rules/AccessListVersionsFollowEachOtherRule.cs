using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>See <see cref="CommunityRules.AccessListVersionsFollowEachOther"/>.</summary>
internal readonly struct AccessListVersionsFollowEachOtherRule(LocalDate? previous, LocalDate effectiveFrom) : IDomainRule
{
    public string Name => CommunityRules.AccessListVersionsFollowEachOther;

    public string Message => $"A revision of the work-access list takes effect after the version in force from {previous}, not on {effectiveFrom}.";

    public bool IsBroken() => previous is { } day && effectiveFrom <= day;
}
