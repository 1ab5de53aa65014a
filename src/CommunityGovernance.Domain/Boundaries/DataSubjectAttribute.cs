namespace CommunityGovernance.Boundaries;

/// <summary>
/// Marks the member (an <see cref="Actors.ActorId"/>) that names whose personal data (个人信息主体) the members
/// marked <see cref="PersonalDataAttribute"/> in the same object, or in the objects it holds, belong to. Event
/// stores encrypt those members under that person's own key, so that destroying the key erases the data from
/// every copy at once.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = true, AllowMultiple = false)]
public sealed class DataSubjectAttribute : Attribute;
