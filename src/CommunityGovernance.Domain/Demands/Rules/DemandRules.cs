namespace CommunityGovernance.Demands;

/// <summary>The stable names of the rules the <see cref="Demand"/> aggregate enforces (see docs/domain/actors-demands-participation.md).</summary>
public static class DemandRules
{
    /// <summary>A step is taken only from a status that allows it (<see cref="DemandLifecycle.Allows"/>).</summary>
    public const string TransitionIsLegal = "DemandTransitionIsLegal";

    /// <summary>A demand is routed only to an actor whose responsibility covers its category and subject.</summary>
    public const string RoutedToResponsibleActor = "DemandRoutedToResponsibleActor";

    /// <summary>Routing on names another actor than the current assignee.</summary>
    public const string RouteChangesAssignee = "DemandRouteChangesAssignee";

    /// <summary>Only the current assignee starts work on and responds to a demand.</summary>
    public const string ActsAsAssignee = "DemandActsAsAssignee";

    /// <summary>Only the raiser evaluates, closes or withdraws a demand.</summary>
    public const string ActsAsRaiser = "DemandActsAsRaiser";

    /// <summary>A step is not recorded before the step it follows.</summary>
    public const string StepsAreChronological = "DemandStepsAreChronological";

    /// <summary>An evaluation is satisfied or dissatisfied.</summary>
    public const string EvaluationIsKnown = "DemandEvaluationIsKnown";

    /// <summary>A deadline is a positive duration.</summary>
    public const string DeadlineIsPositive = "DemandDeadlineIsPositive";

    /// <summary>The rule broken by a <see cref="DemandCategory"/> value that is not one of the listed categories.</summary>
    public const string CategoryIsKnown = "DemandCategoryIsKnown";

    /// <summary>ServiceCodeIsWellFormed: declared on <see cref="Catalogue.ServiceCode"/>, listed here with the rest of the area.</summary>
    public const string ServiceCodeIsWellFormed = Catalogue.ServiceCode.WellFormedRule;

    /// <summary>A service catalogue lists each service code once.</summary>
    public const string ServiceIsListedOnce = "ServiceIsListedOnce";

    /// <summary>A service code looked up or converted is listed in the catalogue.</summary>
    public const string ServiceIsInCatalogue = "ServiceIsInCatalogue";

    /// <summary>An intake channel is one of the listed channels.</summary>
    public const string IntakeChannelIsKnown = "DemandIntakeChannelIsKnown";

    /// <summary>An urgency is one of the listed urgencies.</summary>
    public const string UrgencyIsKnown = "DemandUrgencyIsKnown";

    /// <summary>A point has a latitude in [-90, 90], a longitude in [-180, 180] and a known datum.</summary>
    public const string GeoPointIsWellFormed = "GeoPointIsWellFormed";

    /// <summary>A media reference is an absolute URI that is not a file path, and a demand carries at most <see cref="DemandIntake.MaxMedia"/>.</summary>
    public const string MediaReferenceIsWellFormed = "MediaReferenceIsWellFormed";

    /// <summary>An Open311 service request read as a demand names its id, raiser, subject, service or category, description and requested time, each well formed.</summary>
    public const string ServiceRequestIsComplete = "ServiceRequestIsComplete";

    /// <summary>An Open311 service read into a catalogue has a category: from its definition's category attribute or from the caller.</summary>
    public const string ImportedServiceHasCategory = "ImportedServiceHasCategory";

    /// <summary>DemandIdIsWellFormed: declared on <see cref="DemandId"/>, listed here with the rest of the area.</summary>
    public const string IdIsWellFormed = DemandId.WellFormedRule;
}
