using CommunityGovernance.Kernel;

namespace CommunityGovernance.Programmes;

/// <summary>Only the programme's own items are fulfilled.</summary>
internal sealed class ItemIsMandatedRule(string? item, bool mandated) : IDomainRule
{
    public string Name => ProgrammeRules.ItemIsMandated;

    public string Message => $"The programme mandates no item '{item}'.";

    public bool IsBroken() => !mandated;
}
