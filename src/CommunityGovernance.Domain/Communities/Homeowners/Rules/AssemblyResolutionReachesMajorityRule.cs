using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>
/// See <see cref="CommunityRules.AssemblyResolutionReachesMajority"/>: Civil Code Art. 278 para. 2 — items 6 to 8 need
/// at least three quarters of the participating area and of the participating owners, every other matter more than
/// half of both (or the stricter shares the rules of procedure set).
/// </summary>
internal sealed class AssemblyResolutionReachesMajorityRule(AssemblyTally tally) : IDomainRule
{
    public string Name => CommunityRules.AssemblyResolutionReachesMajority;

    public string Message =>
        $"Too few agreed: {tally.AgreementAreaRatio} of the participating area and {tally.AgreementOwnerRatio} of the participating owners, where {tally.MajorityThreshold} of each is needed.";

    public bool IsBroken() =>
        !(tally.MajorityThreshold.IsMetBy(tally.AgreementAreaRatio) && tally.MajorityThreshold.IsMetBy(tally.AgreementOwnerRatio));
}
