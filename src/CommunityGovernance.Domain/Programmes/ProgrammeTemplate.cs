using Ardalis.GuardClauses;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Programmes;

/// <summary>
/// A programme of mandated items (规定动作): rigid guidance from above that every community must fulfil, each with
/// content of its own (刚性指导、柔性执行). Wenjiang's eight community items (社八件) are one such programme,
/// built in as <see cref="WenjiangEightItems.Template"/>; vendors define others with <see cref="Define"/>.
/// </summary>
/// <remarks>A template is immutable. Two templates are equal when code, name and items are equal.</remarks>
[AdministrativeSide]
public sealed record ProgrammeTemplate
{
    private ProgrammeTemplate(string code, string name, EquatableArray<MandatedItem> items)
    {
        Code = code;
        Name = name;
        Items = items;
    }

    /// <summary>The programme's stable code, e.g. <c>wenjiang-eight-items</c>.</summary>
    public string Code { get; }

    /// <summary>The programme's name.</summary>
    public string Name { get; }

    /// <summary>The mandated items, in number order.</summary>
    public EquatableArray<MandatedItem> Items { get; }

    /// <summary>Defines a programme.</summary>
    /// <param name="code">Its stable code: 1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <param name="name">Its name.</param>
    /// <param name="items">Its mandated items; at least one, keys and numbers distinct.</param>
    /// <returns>The template.</returns>
    /// <exception cref="DomainRuleViolationException">
    /// The code is malformed, the name blank, there are no items (<see cref="ProgrammeRules.ItemsAreWellFormed"/>), or two items
    /// share a key or a number (<see cref="ProgrammeRules.ItemsAreDistinct"/>).
    /// </exception>
    public static ProgrammeTemplate Define(string code, string name, IEnumerable<MandatedItem> items)
    {
        var checkedCode = IdentifierText.Validate(code, ProgrammeRules.ItemsAreWellFormed, "programme code");
        var checkedName = Guard.Against.MissingText(name);
        Guard.Against.MissingValue(items);
        var list = items.ToList();
        if (list.Count == 0 || list.Any(i => i is null))
        {
            throw new DomainRuleViolationException(ProgrammeRules.ItemsAreWellFormed, "A programme mandates at least one item, and no item is missing.");
        }

        if (list.DistinctBy(i => i.Key, StringComparer.Ordinal).Count() != list.Count || list.DistinctBy(i => i.Number).Count() != list.Count)
        {
            throw new DomainRuleViolationException(ProgrammeRules.ItemsAreDistinct, "Each mandated item of a programme has its own key and its own number.");
        }

        return new ProgrammeTemplate(checkedCode, checkedName, new EquatableArray<MandatedItem>(list.OrderBy(i => i.Number)));
    }

    /// <summary>Whether the programme mandates an item with this key.</summary>
    /// <param name="key">The item's key.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Mandates(string? key) => Items.Any(i => string.Equals(i.Key, key, StringComparison.Ordinal));
}
