using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// Answers "may this actor exercise this power over this unit at this instant?" from the governance rights (治理权)
/// it knows. <see cref="GovernanceRightsIndex"/> is the fast implementation.
/// </summary>
/// <remarks>
/// An actor may exercise a power over a unit at an instant when it holds a right that confers the power, is live at
/// the instant (within its validity, not yet revoked) and whose scope covers the unit: an administrative scope
/// covers itself and every administrative unit within it; a living community's scope covers that living community
/// only. Rights over an administrative community never cover the living communities it contains.
/// </remarks>
public interface IGovernanceRightsQuery
{
    /// <summary>Whether <paramref name="actor"/> may exercise <paramref name="power"/> over <paramref name="unit"/> at <paramref name="at"/>.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="power">The power; an unknown power is never held.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="at">The instant.</param>
    /// <returns><see langword="true"/> when some live right of the actor confers the power over the unit.</returns>
    bool MayExercise(ActorId actor, GovernancePower power, CommunityUnit unit, Instant at);

    /// <summary>
    /// Answers many questions at once, as a list page, a filter or an export asks them: <paramref name="answers"/>[i] is
    /// what <see cref="MayExercise(ActorId, GovernancePower, CommunityUnit, Instant)"/> answers to
    /// <paramref name="questions"/>[i]. This default asks them one by one; <see cref="GovernanceRightsIndex"/> overlaps
    /// their memory accesses, which is where a country-wide check spends its time.
    /// </summary>
    /// <param name="questions">The questions.</param>
    /// <param name="answers">Where the answers go, as many as the questions.</param>
    /// <exception cref="ArgumentException"><paramref name="answers"/> is not as long as <paramref name="questions"/>.</exception>
    void MayExercise(ReadOnlySpan<RightsQuestion> questions, Span<bool> answers)
    {
        RightsQuestions.RequireAnswerForEach(questions, answers);
        for (var i = 0; i < questions.Length; i++)
        {
            ref readonly var q = ref questions[i];
            answers[i] = MayExercise(q.Actor, q.Power, q.Unit, q.At);
        }
    }

    /// <summary>Every power <paramref name="actor"/> may exercise over <paramref name="unit"/> at <paramref name="at"/>, from all its live rights.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The union of the powers; empty when the actor holds no right over the unit.</returns>
    GovernancePowers PowersOver(ActorId actor, CommunityUnit unit, Instant at);

    /// <summary>
    /// Whether <paramref name="actor"/> may exercise <paramref name="power"/> over <paramref name="unit"/> at
    /// <paramref name="at"/>, and why: when allowed, the chain of rights that says so; when refused, the reason.
    /// </summary>
    /// <param name="actor">The actor.</param>
    /// <param name="power">The power.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="at">The instant.</param>
    /// <returns>
    /// The answer, agreeing with <see cref="MayExercise(ActorId, GovernancePower, CommunityUnit, Instant)"/>. This default gives the answer alone: no chain, and a refusal
    /// as <see cref="RightsRefusal.PowerNotHeld"/> with the powers <see cref="PowersOver"/> finds; <see cref="GovernanceRightsIndex"/>
    /// gives the whole explanation.
    /// </returns>
    RightsJustification Explain(ActorId actor, GovernancePower power, CommunityUnit unit, Instant at)
    {
        if (MayExercise(actor, power, unit, at))
        {
            return new RightsJustification(true, default);
        }

        return new RightsJustification(false, default) { Refusal = RightsRefusal.PowerNotHeld, PowersHeld = PowersOver(actor, unit, at) };
    }
}

/// <summary>The checks shared by every implementation of the batch question.</summary>
internal static class RightsQuestions
{
    public static void RequireAnswerForEach(ReadOnlySpan<RightsQuestion> questions, Span<bool> answers)
    {
        if (answers.Length != questions.Length)
        {
            throw new ArgumentException($"One answer for each question: {questions.Length} questions, room for {answers.Length} answers.", nameof(answers));
        }
    }
}
