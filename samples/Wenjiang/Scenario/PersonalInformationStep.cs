using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;

namespace Wenjiang.Scenario;

/// <summary>What the personal-information step leaves behind: the log, what the lawful read returned, and the refused attempt's rule.</summary>
/// <param name="Log">Guanghua Yijia's personal-information access log.</param>
/// <param name="ReadUnit">The unit number the lawful access read (the only datum it took).</param>
/// <param name="RefusedRule">The rule that refused the access without a legal basis.</param>
internal sealed record PersonalInformationOutcome(PersonalInformationAccessLog Log, string ReadUnit, string RefusedRule);

/// <summary>
/// Step 7, the data crossing (个人信息): the street office reads one household-register entry held by Guanghua Yijia,
/// under a statutory duty, for the flood-season evacuation list; the log records the access (never the datum) before
/// the read runs. A second request without a legal basis is refused and logs nothing.
/// </summary>
/// <remarks>No side attribute: the street office reaches the living side's data only through the access log.</remarks>
internal static class PersonalInformationStep
{
    /// <summary>The resident whose entry is read.</summary>
    public static ActorId Subject { get; } = ActorIds.Resident(301);

    /// <summary>Opens the log, makes the lawful access and attempts the unlawful one.</summary>
    /// <param name="entry">The household-register entry the living community holds.</param>
    /// <param name="rights">The rights index, which finds the street office's jurisdiction.</param>
    /// <param name="coverage">The coverage register, which finds the communities covering Guanghua Yijia.</param>
    /// <param name="directory">What exists: the living community whose log is opened.</param>
    /// <returns>The outcome.</returns>
    public static PersonalInformationOutcome Access(HouseholdRegisterEntry entry, IGovernanceRightsQuery rights, ICoverageQuery coverage, ICommunityDirectory directory)
    {
        var requester = ActorIds.StreetOffice(CoverageStep.Heping.StreetCode);
        var log = PersonalInformationAccessLog.Open(new LivingCommunityId("GUANGHUA-YIJIA"), directory, Timeline.LivingCommunitiesFounded);

        var lawful = new PersonalInformationAccessRequest(
            requester,
            Subject,
            LegalBasis.StatutoryDuty,
            "突发事件应对法 Emergency Response Law, flood-season evacuation",
            "Confirm which unit the resident lives in for the evacuation list of building GH-A03");
        var unit = log.Access(lawful, entry, e => e.Unit, rights, coverage, Timeline.At(2026, 4, 2, 15));

        var withoutBasis = lawful with { Basis = null, BasisReference = null, Purpose = "Street assessment of household statistics" };
        string refused;
        try
        {
            log.Access(withoutBasis, entry, e => e.Phone, rights, coverage, Timeline.At(2026, 4, 3, 15));
            throw new InvalidOperationException("An access without a legal basis must be refused.");
        }
        catch (DomainRuleViolationException e)
        {
            refused = e.Rule;
        }

        return new PersonalInformationOutcome(log, unit, refused);
    }

    /// <summary>The outcome of a run whose log was reloaded from the store: the log, and what that run read and was refused.</summary>
    /// <param name="log">The reloaded log.</param>
    /// <returns>The outcome, as <see cref="Access"/> returned it.</returns>
    /// <remarks>
    /// The log records the access, never the datum, so the unit the lawful access read is the household register's
    /// (not personal data); the refusal is the legal-basis rule, which logs nothing.
    /// </remarks>
    public static PersonalInformationOutcome Reloaded(PersonalInformationAccessLog log) =>
        new(log, HouseholdRegister.GuanghuaResident().Unit, CommunityRules.PersonalInformationAccessHasLegalBasis);
}
