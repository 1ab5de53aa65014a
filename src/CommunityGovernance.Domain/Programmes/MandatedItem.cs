using Ardalis.GuardClauses;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Programmes;

/// <summary>
/// One item a programme mandates of every community, such as a residents' convention (居民公约). The item is rigid;
/// its content is each community's own.
/// </summary>
/// <remarks>Two items are equal when key, number and names are equal.</remarks>
[AdministrativeSide]
public sealed record MandatedItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="number">Its number in the programme, from 1.</param>
    /// <param name="key">Its stable key: 1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <param name="name">Its English name.</param>
    /// <param name="chineseName">Its Chinese name, as the programme's own text gives it.</param>
    /// <exception cref="DomainRuleViolationException">The number is below 1, the key is malformed, or a name is blank.</exception>
    public MandatedItem(int number, string key, string name, string chineseName)
    {
        if (number < 1)
        {
            throw new DomainRuleViolationException(ProgrammeRules.ItemsAreWellFormed, "A mandated item's number starts at 1.");
        }

        Number = number;
        Key = IdentifierText.Validate(key, ProgrammeRules.ItemsAreWellFormed, "mandated item key");
        Name = Guard.Against.MissingText(name);
        ChineseName = Guard.Against.MissingText(chineseName);
    }

    /// <summary>Its number in the programme, from 1.</summary>
    public int Number { get; }

    /// <summary>Its stable key.</summary>
    public string Key { get; }

    /// <summary>Its English name.</summary>
    public string Name { get; }

    /// <summary>Its Chinese name.</summary>
    public string ChineseName { get; }
}
