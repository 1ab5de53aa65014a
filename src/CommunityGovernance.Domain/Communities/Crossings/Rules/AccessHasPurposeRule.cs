using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>An access states its purpose.</summary>
internal sealed class AccessHasPurposeRule(PersonalInformationAccessRequest request) : IDomainRule
{
    public string Name => CommunityRules.PersonalInformationAccessHasPurpose;

    public string Message => "Personal information is read only for a stated purpose.";

    public bool IsBroken() => string.IsNullOrWhiteSpace(request.Purpose);
}
