using CommunityGovernance.Kernel;

namespace CommunityGovernance.Programmes;

/// <summary>An item is fulfilled once.</summary>
internal sealed class ItemIsFulfilledOnceRule(string item, bool fulfilled) : IDomainRule
{
    public string Name => ProgrammeRules.ItemIsFulfilledOnce;

    public string Message => $"Item '{item}' is already fulfilled.";

    public bool IsBroken() => fulfilled;
}
