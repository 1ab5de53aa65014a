using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>The names of the rules that every crossing of the boundary obeys.</summary>
[SanctionedCrossing("The rules every crossing of the boundary obeys.")]
public static class CrossingRules
{
    /// <summary>A crossing goes through a residents' committee channel that names the committee and its community.</summary>
    public const string CrossingGoesThroughChannel = "CrossingGoesThroughChannel";

    /// <summary>An administrative order carries one of the four governance powers under which it is issued.</summary>
    public const string OrderCarriesGovernancePower = "OrderCarriesGovernancePower";

    /// <summary>A crossing names the actor on each end: the issuer, the deciding or answering body, the receiver.</summary>
    public const string CrossingNamesItsActors = "CrossingNamesItsActors";

    /// <summary>An order is accepted or declined once; a decision is acknowledged once.</summary>
    public const string CrossingIsAnsweredOnce = "CrossingIsAnsweredOnce";
}

/// <summary>See <see cref="CrossingRules.CrossingGoesThroughChannel"/>.</summary>
internal sealed class CrossingGoesThroughChannel(ResidentsCommitteeChannel channel) : IDomainRule
{
    public string Name => CrossingRules.CrossingGoesThroughChannel;

    public string Message => "A crossing must go through a residents' committee channel naming the committee and its administrative community.";

    public bool IsBroken() => !channel.IsComplete;
}

/// <summary>See <see cref="CrossingRules.OrderCarriesGovernancePower"/>.</summary>
internal sealed class OrderCarriesGovernancePower(GovernancePower power) : IDomainRule
{
    public string Name => CrossingRules.OrderCarriesGovernancePower;

    public string Message => $"An administrative order must carry one of the four governance powers, not '{power}'.";

    public bool IsBroken() => !Enum.IsDefined(power);
}

/// <summary>See <see cref="CrossingRules.CrossingNamesItsActors"/>.</summary>
internal sealed class CrossingNamesItsActor(string role, bool named) : IDomainRule
{
    public string Name => CrossingRules.CrossingNamesItsActors;

    public string Message => $"The crossing must name its {role}.";

    public bool IsBroken() => !named;
}

/// <summary>See <see cref="CrossingRules.CrossingIsAnsweredOnce"/>.</summary>
internal sealed class CrossingIsAnsweredOnce(CrossingId crossing, bool answered) : IDomainRule
{
    public string Name => CrossingRules.CrossingIsAnsweredOnce;

    public string Message => $"Crossing '{crossing}' has already been answered.";

    public bool IsBroken() => answered;
}
