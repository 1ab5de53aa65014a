using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>An access names who reads and about whom.</summary>
internal sealed class AccessNamesRequesterAndSubjectRule(PersonalInformationAccessRequest request) : IDomainRule
{
    public string Name => CommunityRules.PersonalInformationAccessNamesRequesterAndSubject;

    public string Message => "A personal-information access names its requester and its subject by actor id.";

    public bool IsBroken() => request.Requester.Value.Length == 0 || request.Subject.Value.Length == 0;
}
