using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>See <see cref="CommunityRules.CommunityTaskIsAnsweredOnce"/>.</summary>
internal readonly struct CommunityTaskIsAnsweredOnceRule(CommunityTaskId task, CommunityTaskStatus status) : IDomainRule
{
    public string Name => CommunityRules.CommunityTaskIsAnsweredOnce;

    public string Message => $"Task '{task}' was already {status.ToString().ToLowerInvariant()}; a task is taken on or declined once.";

    public bool IsBroken() => status != CommunityTaskStatus.Set;
}
