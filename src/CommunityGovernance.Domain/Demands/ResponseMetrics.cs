namespace CommunityGovernance.Demands;

/// <summary>
/// How well a set of demands was answered: the measures of the response field (回应场) for one community or one
/// actor. Counts are plain; rates are <see langword="null"/> when their denominator is zero.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="ResponseRate"/> = answered ÷ (raised − withdrawn unanswered): the share of demands that got an answer (a response or a reasoned rejection).</item>
/// <item><see cref="OnTimeRate"/> = answered on time ÷ answered: first answer no later than the due instant.</item>
/// <item><see cref="SatisfactionRate"/> = satisfied ÷ evaluated: closed demands whose raiser was satisfied.</item>
/// </list>
/// Two metrics are equal when all their counts are equal.
/// </remarks>
/// <param name="Raised">Demands counted.</param>
/// <param name="WithdrawnUnanswered">Demands withdrawn by their raiser before any answer; left out of the response rate.</param>
/// <param name="Answered">Demands responded to or rejected with reasons, at least once.</param>
/// <param name="AnsweredOnTime">Answered demands whose first answer came by the due instant.</param>
/// <param name="Overdue">Demands unanswered, not withdrawn, and past due at the measuring instant (超期).</param>
/// <param name="Evaluated">Demands closed with the raiser's evaluation.</param>
/// <param name="Satisfied">Evaluated demands whose raiser was satisfied.</param>
/// <param name="BuckPassing">Routings on from one assignee to another, summed (推诿).</param>
/// <param name="Rework">Responses sent back for rework, and verifications that found the matter unresolved, summed (返工).</param>
public sealed record ResponseMetrics(
    int Raised,
    int WithdrawnUnanswered,
    int Answered,
    int AnsweredOnTime,
    int Overdue,
    int Evaluated,
    int Satisfied,
    int BuckPassing,
    int Rework)
{
    /// <summary>No demands at all.</summary>
    public static ResponseMetrics Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Demands escalated to a supervising level at least once (督办).</summary>
    public int Escalated { get; init; }

    /// <summary>Escalations, summed (a demand escalated to the street and then the district counts twice).</summary>
    public int Escalations { get; init; }

    /// <summary>Verifications by a third party (核查, 回访), summed; failed ones are also counted in <see cref="Rework"/>.</summary>
    public int Verifications { get; init; }

    /// <summary>Answered ÷ (raised − withdrawn unanswered), or <see langword="null"/> when nothing is left to answer.</summary>
    public double? ResponseRate => Ratio(Answered, Raised - WithdrawnUnanswered);

    /// <summary>Answered on time ÷ answered, or <see langword="null"/> when nothing was answered.</summary>
    public double? OnTimeRate => Ratio(AnsweredOnTime, Answered);

    /// <summary>Satisfied ÷ evaluated, or <see langword="null"/> when nothing was evaluated.</summary>
    public double? SatisfactionRate => Ratio(Satisfied, Evaluated);

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
