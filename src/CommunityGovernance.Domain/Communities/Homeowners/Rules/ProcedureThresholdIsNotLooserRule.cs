using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>
/// See <see cref="CommunityRules.ProcedureThresholdIsNotLooser"/>: the rules of procedure may make a vote harder to
/// pass than Civil Code Art. 278 does, never easier. A missing threshold is the loosest of all.
/// </summary>
internal sealed class ProcedureThresholdIsNotLooserRule(ProcedureThresholds thresholds) : IDomainRule
{
    public string Name => CommunityRules.ProcedureThresholdIsNotLooser;

    public string Message =>
        $"The rules of procedure set participation {thresholds.Participation}, items 6-8 {thresholds.SpecialMajority} and other matters {thresholds.OrdinaryMajority}; " +
        $"none may be looser than the Civil Code's {ProcedureThresholds.CivilCode.Participation}, {ProcedureThresholds.CivilCode.SpecialMajority} and {ProcedureThresholds.CivilCode.OrdinaryMajority}.";

    public bool IsBroken() =>
        !(thresholds.Participation.IsAtLeastAsStrictAs(ProcedureThresholds.CivilCode.Participation) &&
          thresholds.SpecialMajority.IsAtLeastAsStrictAs(ProcedureThresholds.CivilCode.SpecialMajority) &&
          thresholds.OrdinaryMajority.IsAtLeastAsStrictAs(ProcedureThresholds.CivilCode.OrdinaryMajority));
}
