namespace CommunityGovernance.Boundaries;

/// <summary>
/// The two sides of the boundary that this library keeps: the administrative community (行政社区) and the
/// living community (生活共同体社区).
/// </summary>
public enum CommunitySide
{
    /// <summary>
    /// The state's side (行政社区): district, street office and the residents' committee's jurisdiction, where
    /// administrative orders, tasks and assessments come from.
    /// </summary>
    Administrative = 1,

    /// <summary>
    /// The living community (生活共同体社区): compounds, buildings and courtyards, and the homeowners' committee,
    /// property company, self-organisations and residents that govern themselves there.
    /// </summary>
    Living = 2,
}
