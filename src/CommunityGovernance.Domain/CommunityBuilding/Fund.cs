using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>
/// The fund a process's participatory budget divides (参与式预算): its source, the budget cap no set of chosen
/// projects may exceed, and who holds the money (the residents' committee, a foundation, the homeowners' committee).
/// </summary>
/// <remarks>Two funds are equal when every member is.</remarks>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record Fund
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Describes a fund.</summary>
    /// <param name="source">Own or granted.</param>
    /// <param name="name">Its name, e.g. 社区保障激励资金.</param>
    /// <param name="cap">The budget cap: more than zero.</param>
    /// <param name="holder">The actor that holds and pays out the money.</param>
    /// <exception cref="DomainRuleViolationException">The source is unknown, the name blank, the cap zero or the holder missing (<see cref="CommunityBuildingRules.FundIsWellFormed"/>).</exception>
    public Fund(FundSource source, string name, Money cap, ActorId holder)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (source is not (FundSource.Own or FundSource.Granted) || trimmed.Length is 0 or > MaxNameLength || cap == Money.Zero || holder.Value.Length == 0)
        {
            throw new DomainRuleViolationException(
                CommunityBuildingRules.FundIsWellFormed,
                $"A fund is the community's own or a granted one, has a name of 1 to {MaxNameLength} characters, a cap above zero and a holder.");
        }

        (Source, Name, Cap, Holder) = (source, trimmed, cap, holder);
    }

    /// <summary>Own or granted.</summary>
    public FundSource Source { get; }

    /// <summary>Its name.</summary>
    public string Name { get; }

    /// <summary>The budget cap.</summary>
    public Money Cap { get; }

    /// <summary>The actor that holds and pays out the money.</summary>
    public ActorId Holder { get; }
}
