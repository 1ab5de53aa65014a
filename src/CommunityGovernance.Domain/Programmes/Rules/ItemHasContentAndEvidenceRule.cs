using CommunityGovernance.Kernel;

namespace CommunityGovernance.Programmes;

/// <summary>An item is fulfilled once it has content of the community's own and at least one piece of evidence.</summary>
internal sealed class ItemHasContentAndEvidenceRule(string item, bool hasContent, bool hasEvidence) : IDomainRule
{
    public string Name => ProgrammeRules.ItemHasContentAndEvidence;

    public string Message => $"Item '{item}' needs its content and at least one piece of evidence before it is fulfilled.";

    public bool IsBroken() => !(hasContent && hasEvidence);
}
