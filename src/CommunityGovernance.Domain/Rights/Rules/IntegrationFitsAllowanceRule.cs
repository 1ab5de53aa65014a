using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>
/// Integrated resources fit in the allowance they are added to; checked by the command because <c>When</c> adds the
/// contribution and must not throw.
/// </summary>
internal readonly struct IntegrationFitsAllowanceRule(ResourceAllowance held, ResourceAllowance added) : IDomainRule
{
    public string Name => GovernanceRightRules.ResourceAllowanceIsWellFormed;

    public string Message => "The integrated resources would exceed the largest amount an allowance can hold.";

    public bool IsBroken()
    {
        try
        {
            _ = held.Add(added);
            return false;
        }
        catch (OverflowException)
        {
            return true;
        }
    }
}
