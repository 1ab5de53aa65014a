namespace CommunityGovernance.Rights;

/// <summary>Why a rights check said no: the first of these that holds, in this order.</summary>
public enum RightsRefusal
{
    /// <summary>Not refused: the actor may exercise the power.</summary>
    None = 0,

    /// <summary>The unit lies outside the administrative hierarchy the check knows (a community never established, say).</summary>
    UnitOutsideHierarchy = 1,

    /// <summary>The actor holds no right at all.</summary>
    NoRight = 2,

    /// <summary>A right of the actor confers the power over the unit, but it was revoked before the instant.</summary>
    Revoked = 3,

    /// <summary>A right of the actor confers the power over the unit, but its validity starts after the instant.</summary>
    NotYetValid = 4,

    /// <summary>A right of the actor conferred the power over the unit, but its validity ended before the instant.</summary>
    Expired = 5,

    /// <summary>The actor's rights over the unit do not confer the power (the answer names the powers they do confer).</summary>
    PowerNotHeld = 6,

    /// <summary>The actor holds rights, but none whose scope covers the unit.</summary>
    ScopeDoesNotCover = 7,
}
