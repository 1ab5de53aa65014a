using CommunityGovernance.AspNetCore;
using CommunityGovernance.AspNetCore.Problems;
using CommunityGovernance.Kernel;
using Microsoft.Extensions.Options;

namespace StreetOffice.Desk;

/// <summary>
/// A refusal as the pages show it: the rule's statement in the request's language, the title the API's problem details
/// carry (the integration's ProblemTexts), above the domain's own message (English, for the specifics).
/// </summary>
internal sealed class Refusals(IOptions<CommunityGovernanceOptions> options)
{
    /// <summary>The broken rule, stated.</summary>
    public string Statement(DomainException refusal) => GovernanceProblemExceptionHandler.ProblemFor(refusal, options.Value)?.Title ?? refusal.Rule;
}
