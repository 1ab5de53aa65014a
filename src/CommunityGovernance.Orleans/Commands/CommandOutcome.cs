namespace CommunityGovernance.Orleans.Commands;

/// <summary>What an accepted command did to its stream.</summary>
/// <param name="Version">The stream's version after the command (its events included).</param>
/// <param name="Appended">How many events the command appended; 0 when it changed nothing.</param>
/// <param name="LastPosition">The feed position of its last event (for a read model's <c>WaitForAsync</c>); 0 when nothing was appended.</param>
/// <param name="Attempts">How many times it ran: more than 1 when a concurrent writer made it reload and run again.</param>
[GenerateSerializer]
[Immutable]
[Alias("cg.CommandOutcome")]
public readonly record struct CommandOutcome(
    [property: Id(0)] long Version,
    [property: Id(1)] int Appended,
    [property: Id(2)] long LastPosition,
    [property: Id(3)] int Attempts);
