using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>
/// A resource integration (资源整合): an agreement the holder of a right has concluded with an enterprise or a
/// social organisation, bringing funds, venues, services or volunteers that the holder may then allocate. It is
/// how market and social resources expand a community's governance rights.
/// </summary>
/// <param name="Partner">The enterprise or social organisation that contributes.</param>
/// <param name="PartnerKind">Whether the partner is an enterprise or a social organisation.</param>
/// <param name="Contribution">What the partner contributes; never nothing.</param>
public sealed record ResourceIntegration(ActorId Partner, ResourcePartnerKind PartnerKind, ResourceAllowance Contribution)
{
    /// <summary>Throws unless the integration names a partner of a known kind and contributes something.</summary>
    /// <exception cref="DomainRuleViolationException">The integration is malformed.</exception>
    internal void Validate()
    {
        if (Partner.Value.Length == 0)
        {
            throw new DomainRuleViolationException(GovernanceRightRules.ResourceIntegrationIsWellFormed, "A resource integration names the partner that contributes.");
        }

        if (!Enum.IsDefined(PartnerKind))
        {
            throw new DomainRuleViolationException(GovernanceRightRules.ResourceIntegrationIsWellFormed, $"'{(int)PartnerKind}' is not a kind of resource partner.");
        }

        if (Contribution.IsNone)
        {
            throw new DomainRuleViolationException(GovernanceRightRules.ResourceIntegrationIsWellFormed, "A resource integration contributes some funds, venues, services or volunteers.");
        }
    }
}
