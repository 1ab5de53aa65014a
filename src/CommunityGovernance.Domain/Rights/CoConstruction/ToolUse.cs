using CommunityGovernance.Actors;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>One use of a governance tool (治理工具) in an arrangement.</summary>
/// <param name="Actor">The actor that used it.</param>
/// <param name="Tool">The tool.</param>
/// <param name="At">When.</param>
/// <param name="Technique">The technique (治理术) it was applied as part of, or <see langword="null"/> when used alone.</param>
public sealed record ToolUse(ActorId Actor, GovernanceTool Tool, Instant At, string? Technique);
