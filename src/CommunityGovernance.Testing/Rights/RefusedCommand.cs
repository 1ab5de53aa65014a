namespace CommunityGovernance.Testing.Rights;

/// <summary>A command of a scenario that the domain refused.</summary>
/// <param name="Command">What was tried, e.g. <c>Revoke R3</c>.</param>
/// <param name="Rule">The rule that refused it.</param>
/// <param name="LeftTreeUnchanged">Whether the tree's snapshot was the same after the refusal as before.</param>
public sealed record RefusedCommand(string Command, string Rule, bool LeftTreeUnchanged);
