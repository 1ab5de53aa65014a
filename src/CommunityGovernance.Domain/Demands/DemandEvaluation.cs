namespace CommunityGovernance.Demands;

/// <summary>The raiser's evaluation (评价) of the response when closing a demand.</summary>
public enum DemandEvaluation
{
    /// <summary>Satisfied (满意).</summary>
    Satisfied = 1,

    /// <summary>Not satisfied (不满意).</summary>
    Dissatisfied = 2,
}
