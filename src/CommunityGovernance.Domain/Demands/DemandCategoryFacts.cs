using CommunityGovernance.Kernel;

namespace CommunityGovernance.Demands;

/// <summary>The fixed facts about each <see cref="DemandCategory"/>.</summary>
public static class DemandCategoryFacts
{
    /// <summary>The perspective (state, masses, grassroots) that holds the category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>Its perspective.</returns>
    /// <exception cref="DomainRuleViolationException">The category is not a listed value.</exception>
    public static DemandPerspective Perspective(this DemandCategory category) => category switch
    {
        DemandCategory.StabilityAndOrder or DemandCategory.Reorganisation or DemandCategory.PublicService => DemandPerspective.State,
        DemandCategory.PublicBelonging or DemandCategory.OrderlyInteraction or DemandCategory.PublicParticipation => DemandPerspective.Masses,
        DemandCategory.AdministrativeResourceAllocation or DemandCategory.SocialResourceActivation => DemandPerspective.Grassroots,
        _ => throw Unknown(category),
    };

    /// <summary>Whether the category is one of the listed categories.</summary>
    /// <param name="category">The value to check.</param>
    /// <returns><see langword="true"/> for a listed category.</returns>
    public static bool IsKnown(this DemandCategory category) => Enum.IsDefined(category);

    private static DomainRuleViolationException Unknown(DemandCategory category) =>
        new(DemandRules.CategoryIsKnown, $"'{(int)category}' is not a known demand category.");
}
