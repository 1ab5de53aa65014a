namespace CommunityGovernance.Boundaries;

internal static class SideTargets
{
    public const AttributeTargets All =
        AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface |
        AttributeTargets.Enum | AttributeTargets.Delegate | AttributeTargets.Method | AttributeTargets.Constructor |
        AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Event;
}
