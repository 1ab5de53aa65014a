namespace CommunityGovernance.Boundaries;

/// <summary>
/// Places a type, a member or a whole assembly on the administrative side (行政社区). The boundary analyzers
/// flag code on this side that reaches into the living side other than through a sanctioned crossing.
/// </summary>
/// <remarks>An attribute on a member wins over one on its type, which wins over one on its assembly.</remarks>
[AttributeUsage(SideTargets.All, Inherited = false, AllowMultiple = false)]
public sealed class AdministrativeSideAttribute : Attribute;
