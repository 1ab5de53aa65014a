using CommunityGovernance.Kernel;

namespace CommunityGovernance.Programmes;

/// <summary>Only the programme's own items are fulfilled.</summary>
internal sealed class ItemIsMandated(string? item, bool mandated) : IDomainRule
{
    public string Name => ProgrammeFulfilment.ItemIsMandatedRule;

    public string Message => $"The programme mandates no item '{item}'.";

    public bool IsBroken() => !mandated;
}

/// <summary>An item is fulfilled once it has content of the community's own and at least one piece of evidence.</summary>
internal sealed class ItemHasContentAndEvidence(string item, bool hasContent, bool hasEvidence) : IDomainRule
{
    public string Name => ProgrammeFulfilment.ItemHasContentAndEvidenceRule;

    public string Message => $"Item '{item}' needs its content and at least one piece of evidence before it is fulfilled.";

    public bool IsBroken() => !(hasContent && hasEvidence);
}

/// <summary>An item is fulfilled once.</summary>
internal sealed class ItemIsFulfilledOnce(string item, bool fulfilled) : IDomainRule
{
    public string Name => ProgrammeFulfilment.ItemIsFulfilledOnceRule;

    public string Message => $"Item '{item}' is already fulfilled.";

    public bool IsBroken() => fulfilled;
}
