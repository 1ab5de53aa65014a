namespace CommunityGovernance.Rights;

/// <summary>
/// The stable names of the rules that governance rights (治理权) obey, as a refused command's
/// <see cref="Kernel.DomainException.Rule"/> gives them. Each is listed, with when it is broken, in
/// <c>docs/domain/rights.md</c>.
/// </summary>
public static class GovernanceRightRules
{
    /// <summary>A right names its holder, at least one power, a scope and a non-empty validity.</summary>
    public const string RightTermsAreComplete = "RightTermsAreComplete";

    /// <summary>An administrative (科层) right applies to an administrative unit, never to a living community.</summary>
    public const string AdministrativeRightHasAdministrativeScope = "AdministrativeRightHasAdministrativeScope";

    /// <summary>A right born of resource integration confers resource allocation (资源调配): that is what integration expands.</summary>
    public const string IntegratedRightAllocatesResources = "IntegratedRightAllocatesResources";

    /// <summary>Resources are integrated only into a right of the market and social source.</summary>
    public const string IntegrationExpandsMarketAndSocialRight = "IntegrationExpandsMarketAndSocialRight";

    /// <summary>A command names a right that the aggregate holds.</summary>
    public const string GovernanceRightIsKnown = "GovernanceRightIsKnown";

    /// <summary>No two rights share an id.</summary>
    public const string GovernanceRightIdIsUnique = "GovernanceRightIdIsUnique";

    /// <summary>A revoked right is neither revoked again, changed nor delegated from.</summary>
    public const string GovernanceRightIsNotRevoked = "GovernanceRightIsNotRevoked";

    /// <summary>A right is delegated from only while it is live: not revoked and its validity not ended.</summary>
    public const string DelegatingRightIsLive = "DelegatingRightIsLive";

    /// <summary>Delegation goes downward only: never to a unit at a higher level than the delegating right's.</summary>
    public const string DelegationGoesDownward = "DelegationGoesDownward";

    /// <summary>A delegated right stays on its side: an administrative right is not delegated over a living community, nor the reverse.</summary>
    public const string DelegationStaysOnItsSide = "DelegationStaysOnItsSide";

    /// <summary>A delegated right's scope lies within the delegating right's scope.</summary>
    public const string DelegationNarrowsScope = "DelegationNarrowsScope";

    /// <summary>A delegated right confers no power the delegating right lacks.</summary>
    public const string DelegationNarrowsPowers = "DelegationNarrowsPowers";

    /// <summary>A delegated right is valid only within the delegating right's validity.</summary>
    public const string DelegationNarrowsValidity = "DelegationNarrowsValidity";

    /// <summary>A delegated right allocates no more of any resource than the delegating right may.</summary>
    public const string DelegationNarrowsResources = "DelegationNarrowsResources";

    /// <summary>A right's commands come in time order: none is dated before the last change.</summary>
    public const string RightCommandsAreChronological = "RightCommandsAreChronological";

    /// <summary>A validity is extended (renewed, 续期) to a later end only: never an open-ended one, never to an earlier end.</summary>
    public const string ValidityExtensionLengthens = "ValidityExtensionLengthens";

    /// <summary>A validity is shortened to an end after its start, after the command's instant and before its current end.</summary>
    public const string ValidityChangeNarrows = "ValidityChangeNarrows";

    /// <summary>The rule broken by a power that is not one of the four.</summary>
    public const string GovernancePowerIsKnown = "GovernancePowerIsKnown";

    /// <summary>GovernanceRightIdIsWellFormed: declared on <see cref="GovernanceRightId"/>, listed here with the rest of the area.</summary>
    public const string GovernanceRightIdIsWellFormed = GovernanceRightId.WellFormedRule;

    /// <summary>The rule broken by adding a participant twice.</summary>
    public const string ArrangementParticipantIsNew = "ArrangementParticipantIsNew";

    /// <summary>The rule broken by a tool used by an actor that does not take part in the arrangement.</summary>
    public const string ToolUserTakesPart = "ToolUserTakesPart";

    /// <summary>The rule broken by a tool or technique used without every power it requires.</summary>
    public const string ToolRequiresPowers = "ToolRequiresPowers";

    /// <summary>GovernanceArrangementIdIsWellFormed: declared on <see cref="GovernanceArrangementId"/>, listed here with the rest of the area.</summary>
    public const string GovernanceArrangementIdIsWellFormed = GovernanceArrangementId.WellFormedRule;

    /// <summary>The rule broken by a technique that applies no tool, or the same tool twice.</summary>
    public const string GovernanceTechniqueAppliesTools = "GovernanceTechniqueAppliesTools";

    /// <summary>The rule broken by a tool that is not in the catalogue.</summary>
    public const string GovernanceToolIsKnown = "GovernanceToolIsKnown";

    /// <summary>The rule broken by an integration that brings nothing, names no partner or an unknown partner kind.</summary>
    public const string ResourceIntegrationIsWellFormed = "ResourceIntegrationIsWellFormed";

    /// <summary>The rule broken by a negative amount or an unknown kind.</summary>
    public const string ResourceAllowanceIsWellFormed = "ResourceAllowanceIsWellFormed";
}
