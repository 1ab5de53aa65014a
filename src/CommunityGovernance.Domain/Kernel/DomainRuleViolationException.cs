namespace CommunityGovernance.Kernel;

/// <summary>A command or a value broke a rule of the domain; nothing was changed.</summary>
public sealed class DomainRuleViolationException : DomainException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="rule">The stable name of the broken rule.</param>
    /// <param name="message">The explanation, free of personal data.</param>
    public DomainRuleViolationException(string rule, string message)
        : base(rule, message)
    {
    }
}
