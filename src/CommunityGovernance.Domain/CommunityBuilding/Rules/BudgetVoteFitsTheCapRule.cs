using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.BudgetVoteFitsTheCap"/>: each voter chooses within the budget.</summary>
internal sealed class BudgetVoteFitsTheCapRule(long chosenFen, Money cap) : IDomainRule
{
    public string Name => CommunityBuildingRules.BudgetVoteFitsTheCap;

    public string Message => $"The projects chosen cost {(chosenFen / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} together, above the budget cap of {cap}.";

    public bool IsBroken() => chosenFen > cap.Fen;
}
