namespace CommunityGovernance.Boundaries;

/// <summary>
/// Marks a method that runs the delegates passed to it inside a recorded personal-information access (个人信息
/// 访问记录): the access carries a legal basis and a purpose and is logged before the delegate runs. Reads of
/// personal data inside such delegates are sanctioned, and the analyzers do not flag them.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
public sealed class PersonalInformationAccessorAttribute : Attribute;
