using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Grids;

/// <summary>See <see cref="CommunityRules.GridCaseIsReportedByGridWorker"/>.</summary>
internal sealed class GridCaseIsReportedByGridWorkerRule(Demand demand) : IDomainRule
{
    public string Name => CommunityRules.GridCaseIsReportedByGridWorker;

    public string Message => demand.Intake is { } intake
        ? $"Demand '{demand.Id}' came in through {intake.Channel}, not from a grid worker: route it by its service's responsibility instead."
        : $"Demand '{demand.Id}' records no intake channel, so it is not known to come from a grid worker.";

    public bool IsBroken() => demand.Intake?.Channel != IntakeChannel.GridWorker;
}
