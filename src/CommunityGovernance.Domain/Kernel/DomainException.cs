namespace CommunityGovernance.Kernel;

/// <summary>
/// The base of every exception this library throws for a command the domain refuses. Whenever one is thrown the
/// aggregate is left exactly as it was before the command.
/// </summary>
public abstract class DomainException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="rule">The stable name of the broken rule.</param>
    /// <param name="message">The explanation, free of personal data.</param>
    protected DomainException(string rule, string message)
        : this(rule, message, null)
    {
    }

    /// <summary>Creates the exception with the error that caused it.</summary>
    /// <param name="rule">The stable name of the broken rule.</param>
    /// <param name="message">The explanation, free of personal data.</param>
    /// <param name="innerException">The underlying error, or <see langword="null"/>.</param>
    protected DomainException(string rule, string message, Exception? innerException)
        : base($"{rule}: {message}", innerException)
    {
        Rule = rule;
    }

    /// <summary>The stable name of the rule that the command broke, as listed in <c>docs/errors.md</c>.</summary>
    public string Rule { get; }
}
