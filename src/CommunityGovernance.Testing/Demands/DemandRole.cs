namespace CommunityGovernance.Testing.Demands;

/// <summary>
/// Who takes a step of a generated <see cref="DemandCommand"/>, resolved against the demand's state when the
/// command is applied, so that generated sequences reach deep into the lifecycle.
/// </summary>
public enum DemandRole
{
    /// <summary>The raiser.</summary>
    Raiser = 1,

    /// <summary>The street office that accepts and routes.</summary>
    Acceptor = 2,

    /// <summary>The current assignee (the acceptor before routing).</summary>
    Assignee = 3,

    /// <summary>One of the actors responsible for the demand, by <see cref="DemandCommand.ResponsibleIndex"/>.</summary>
    Responsible = 4,

    /// <summary>An actor with no responsibility for the demand.</summary>
    Stranger = 5,
}
