using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>An access carries a known legal basis with its reference.</summary>
internal sealed class AccessHasLegalBasis(PersonalInformationAccessRequest request) : IDomainRule
{
    public string Name => PersonalInformationAccessLog.AccessHasLegalBasisRule;

    public string Message => "Personal information is read only on a recorded legal basis (consent, statutory duty or emergency) with its reference.";

    public bool IsBroken() =>
        request.Basis is not { } basis || !Enum.IsDefined(basis) || string.IsNullOrWhiteSpace(request.BasisReference);
}

/// <summary>An access states its purpose.</summary>
internal sealed class AccessHasPurpose(PersonalInformationAccessRequest request) : IDomainRule
{
    public string Name => PersonalInformationAccessLog.AccessHasPurposeRule;

    public string Message => "Personal information is read only for a stated purpose.";

    public bool IsBroken() => string.IsNullOrWhiteSpace(request.Purpose);
}

/// <summary>An access names who reads and about whom.</summary>
internal sealed class AccessNamesRequesterAndSubject(PersonalInformationAccessRequest request) : IDomainRule
{
    public string Name => PersonalInformationAccessLog.AccessNamesRequesterAndSubjectRule;

    public string Message => "A personal-information access names its requester and its subject by actor id.";

    public bool IsBroken() => request.Requester.Value.Length == 0 || request.Subject.Value.Length == 0;
}
