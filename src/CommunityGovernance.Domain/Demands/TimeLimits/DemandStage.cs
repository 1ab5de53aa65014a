namespace CommunityGovernance.Demands;

/// <summary>The stages of handling a demand, each with its own time limit (环节时限); see <see cref="StageTimeLimits"/>.</summary>
public enum DemandStage
{
    /// <summary>Taking it in (受理): from raising to acceptance.</summary>
    Accept = 1,

    /// <summary>Dispatching it (派单): from acceptance to the first routing.</summary>
    Dispatch = 2,

    /// <summary>Handling it (办理): from the first routing, or from rework, to the response.</summary>
    Handle = 3,

    /// <summary>Verifying the result (核查/回访): from the response to a verification or the raiser's closing.</summary>
    Verify = 4,

    /// <summary>Closing it (办结): from the response or a passed verification to closing.</summary>
    Close = 5,
}
