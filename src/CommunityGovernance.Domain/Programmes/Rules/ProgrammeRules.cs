using CommunityGovernance.Boundaries;

namespace CommunityGovernance.Programmes;

/// <summary>
/// The stable names of the rules of mandated-item programmes: their templates and each community's fulfilment.
/// Match on these names, never on a message; <c>docs/errors.md</c> lists them.
/// </summary>
[AdministrativeSide]
public static class ProgrammeRules
{
    /// <summary>The rule broken by a malformed template or item.</summary>
    public const string ItemsAreWellFormed = "ProgrammeItemsAreWellFormed";

    /// <summary>The rule broken by two items sharing a key or a number.</summary>
    public const string ItemsAreDistinct = "ProgrammeItemsAreDistinct";

    /// <summary>The rule broken by naming an item the programme does not mandate.</summary>
    public const string ItemIsMandated = "ItemIsMandated";

    /// <summary>The rule broken by fulfilling an item that lacks content or evidence.</summary>
    public const string ItemHasContentAndEvidence = "ItemHasContentAndEvidence";

    /// <summary>The rule broken by fulfilling an item twice.</summary>
    public const string ItemIsFulfilledOnce = "ItemIsFulfilledOnce";
}
