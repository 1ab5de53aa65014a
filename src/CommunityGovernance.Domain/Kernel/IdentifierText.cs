namespace CommunityGovernance.Kernel;

/// <summary>
/// The one rule for vendor-chosen identifier texts (living communities, buildings, actors…): 1 to 64 letters,
/// digits, '-', '_', '.' or ':', so that ids survive URLs, file names and logs unchanged.
/// </summary>
internal static class IdentifierText
{
    public const int MaxLength = 64;

    public static string Validate(string? value, string rule, string what)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new DomainRuleViolationException(rule, $"A {what} must not be empty.");
        }

        if (value.Length > MaxLength)
        {
            throw new DomainRuleViolationException(rule, $"A {what} has at most {MaxLength} characters, not {value.Length}.");
        }

        foreach (var c in value)
        {
            if (!(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                throw new DomainRuleViolationException(rule, $"A {what} consists of letters, digits, '-', '_', '.' and ':' only.");
            }
        }

        return value;
    }
}
