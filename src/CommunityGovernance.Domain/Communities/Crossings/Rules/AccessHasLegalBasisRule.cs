using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>An access carries a known legal basis with its reference.</summary>
internal sealed class AccessHasLegalBasisRule(PersonalInformationAccessRequest request) : IDomainRule
{
    public string Name => CommunityRules.PersonalInformationAccessHasLegalBasis;

    public string Message => "Personal information is read only on a recorded legal basis (consent, statutory duty or emergency) with its reference.";

    public bool IsBroken() =>
        request.Basis is not { } basis || !Enum.IsDefined(basis) || string.IsNullOrWhiteSpace(request.BasisReference);
}
