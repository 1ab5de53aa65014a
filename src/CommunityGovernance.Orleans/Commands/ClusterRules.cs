namespace CommunityGovernance.Orleans.Commands;

/// <summary>The rules that commands run through this package name when they refuse.</summary>
public static class ClusterRules
{
    /// <summary>A command that reads another aggregate names one whose stream has been written.</summary>
    public const string AggregateExists = "AggregateExists";
}
