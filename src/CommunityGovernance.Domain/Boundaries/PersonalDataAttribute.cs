namespace CommunityGovernance.Boundaries;

/// <summary>
/// Marks a member that holds a personal datum (个人信息) of a resident, such as a name, an identity number or a
/// phone number. The library redacts such members from <c>ToString()</c>, messages and events; the analyzers
/// refuse reads of them by administrative code outside a recorded personal-information access; event stores can
/// find them to encrypt or erase them.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = true, AllowMultiple = false)]
public sealed class PersonalDataAttribute : Attribute;
