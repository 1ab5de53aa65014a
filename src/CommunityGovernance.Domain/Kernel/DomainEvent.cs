using System.Reflection;
using System.Text;
using CommunityGovernance.Boundaries;
using NodaTime;

namespace CommunityGovernance.Kernel;

/// <summary>
/// A fact that happened to an aggregate (领域事件). Every state change of every aggregate in this library is
/// raised as a domain event, and every aggregate can be rebuilt from its events alone.
/// </summary>
/// <remarks>
/// <para>Events are immutable records with value equality, so a rebuilt stream compares equal to the original.</para>
/// <para>
/// <see cref="ToString"/> is sealed here so that no derived event can print a member marked
/// <see cref="PersonalDataAttribute"/>: such members are shown as <c>[redacted]</c>.
/// </para>
/// </remarks>
/// <param name="OccurredAt">The instant at which the fact happened.</param>
public abstract record DomainEvent(Instant OccurredAt)
{
    /// <summary>The text shown in place of a personal datum.</summary>
    public const string Redacted = "[redacted]";

    /// <summary>
    /// The version of this event's stored shape. It starts at 1 and is raised whenever a member is added,
    /// removed or changes meaning, so that readers of stored streams can upgrade older shapes.
    /// </summary>
    public virtual int SchemaVersion => 1;

    /// <summary>Describes the event with every personal-data member redacted.</summary>
    /// <returns>The event's name and its members, personal data shown as <see cref="Redacted"/>.</returns>
    public sealed override string ToString()
    {
        var type = GetType();
        var text = new StringBuilder(type.Name).Append(" { ");
        var first = true;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length != 0)
            {
                continue;
            }

            if (!first)
            {
                text.Append(", ");
            }

            first = false;
            text.Append(property.Name).Append(" = ");
            text.Append(IsPersonalData(type, property) ? Redacted : Describe(property.GetValue(this)));
        }

        return text.Append(" }").ToString();
    }

    // Descriptions end up in logs and snapshots; they must read the same whatever the current culture.
    private static string? Describe(object? value) => value switch
    {
        null => null,
        NodaTime.LocalDate date => date.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        NodaTime.LocalDateTime dateTime => dateTime.ToString("s", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>
    /// Whether a member holds personal data: marked on the property itself, or on the positional record
    /// parameter it comes from (where <c>[PersonalData]</c> lands unless written <c>[property: PersonalData]</c>).
    /// </summary>
    internal static bool IsPersonalData(Type eventType, PropertyInfo property) =>
        property.IsDefined(typeof(PersonalDataAttribute), inherit: true) ||
        eventType.GetConstructors().Any(c => c.GetParameters().Any(p =>
            string.Equals(p.Name, property.Name, StringComparison.Ordinal) && p.IsDefined(typeof(PersonalDataAttribute), inherit: false)));
}
