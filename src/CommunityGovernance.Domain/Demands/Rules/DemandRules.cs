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

    /// <summary>DemandIdIsWellFormed: declared on <see cref="DemandId"/>, listed here with the rest of the area.</summary>
    public const string IdIsWellFormed = DemandId.WellFormedRule;
}
