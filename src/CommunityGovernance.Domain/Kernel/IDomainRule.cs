namespace CommunityGovernance.Kernel;

/// <summary>
/// One business rule of the domain, as a noun one can list, document and test (for example
/// "a building lies in exactly one administrative community").
/// </summary>
public interface IDomainRule
{
    /// <summary>The rule's stable name, as listed in <c>docs/errors.md</c>; it never contains personal data.</summary>
    string Name { get; }

    /// <summary>Explains, for a vendor, how the rule was broken. It never contains personal data.</summary>
    string Message { get; }

    /// <summary>Whether the rule is broken by the command being checked.</summary>
    /// <returns><see langword="true"/> when the command must be rejected.</returns>
    bool IsBroken();
}
