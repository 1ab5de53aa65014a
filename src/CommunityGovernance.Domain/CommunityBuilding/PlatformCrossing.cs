namespace CommunityGovernance.CommunityBuilding;

/// <summary>Why the community-building platform's types belong to neither side: it is where both sides' actors meet.</summary>
internal static class PlatformCrossing
{
    /// <summary>The reason given on every type of the area.</summary>
    public const string Reason =
        "A community-building process (社区营造) is the multi-actor, multi-level platform on which actors of both sides meet over one unit; it names each side by its identifier only.";
}
