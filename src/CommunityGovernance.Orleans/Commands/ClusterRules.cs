namespace CommunityGovernance.Orleans.Commands;

/// <summary>The rules that commands run through this package name when they refuse (listed in docs/errors.md).</summary>
public static class ClusterRules
{
    /// <summary>A command that reads another aggregate names one whose stream has been written.</summary>
    public const string AggregateExists = "AggregateExists";

    /// <summary>
    /// A command that creates an aggregate (establishes a district, registers an actor, raises a demand, grants a right)
    /// finds its stream unwritten: sent twice, or to an id already in use, it is refused and the aggregate is unchanged.
    /// </summary>
    public const string AggregateIsCreatedOnce = "AggregateIsCreatedOnce";
}
