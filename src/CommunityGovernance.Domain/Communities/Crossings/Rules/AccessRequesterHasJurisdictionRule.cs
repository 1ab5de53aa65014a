using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>See <see cref="CommunityRules.PersonalInformationAccessHasJurisdiction"/>.</summary>
internal readonly struct AccessRequesterHasJurisdictionRule : IDomainRule
{
    private readonly PersonalInformationAccessRequest _request;
    private readonly LivingCommunityId _holder;
    private readonly IReadOnlyList<AdministrativeCommunityId> _covering;
    private readonly Instant _at;

    public AccessRequesterHasJurisdictionRule(PersonalInformationAccessRequest request, LivingCommunityId holder, IGovernanceRightsQuery rights, ICoverageQuery coverage, Instant at)
    {
        (_request, _holder, _at) = (request, holder, at);
        _covering = coverage.JurisdictionsSpannedBy(holder);
        foreach (var community in _covering)
        {
            if (!rights.PowersOver(request.Requester, CommunityUnit.Administrative(community), at).IsEmpty)
            {
                (Ground, Scope) = (AccessGround.Jurisdiction, community.AreaCode);
                return;
            }
        }

        if (request.Basis == LegalBasis.StatutoryDuty && request.DutyScope is { Level: > 0 } duty && _covering.Any(c => c.AreaCode.IsWithin(duty)))
        {
            (Ground, Scope) = (AccessGround.StatutoryScope, duty);
        }
    }

    /// <summary>What gives the requester its reach, when something does.</summary>
    public AccessGround? Ground { get; }

    /// <summary>The covering community or the duty's scope that <see cref="Ground"/> names.</summary>
    public AreaCode Scope { get; }

    public string Name => CommunityRules.PersonalInformationAccessHasJurisdiction;

    public string Message =>
        $"Requester '{_request.Requester}' may not read personal information held by living community '{_holder}' at {_at}: " +
        (_covering.Count == 0
            ? "no administrative community covers it yet."
            : $"it holds no governance right over {string.Join(" or ", _covering)}, which cover it, " +
              (_request.Basis == LegalBasis.StatutoryDuty
                ? _request.DutyScope is { Level: > 0 } duty ? $"and the statutory duty's scope {duty} includes none of them." : "and the statutory duty names no scope."
                : "and only a statutory duty naming a wider scope could reach it."));

    public bool IsBroken() => Ground is null;
}
