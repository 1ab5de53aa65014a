using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

// How each event changes a demand: the only place its state is written, shared by live commands and replay.
public sealed partial class Demand
{
    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case DemandRaised e:
                (Id, Raiser, Subject, Category, Subcategory, Text, DueAt, RaisedAt) = (e.Demand, e.Raiser, e.Subject, e.Category, e.Subcategory, e.Text, e.DueAt, e.OccurredAt);
                Record(DemandStepKind.Raise, e.Raiser, e.OccurredAt, string.Empty);
                break;
            case DemandAccepted e:
                Record(DemandStepKind.Accept, e.By, e.OccurredAt, e.Note);
                break;
            case DemandRouted e:
                BuckPassingCount += Assignee is null ? 0 : 1;
                Assignee = e.To;
                Record(DemandStepKind.Route, e.By, e.OccurredAt, e.Note);
                break;
            case DemandWorkStarted e:
                Record(DemandStepKind.StartWork, e.By, e.OccurredAt, e.Note);
                break;
            case DemandResponded e:
                (Answer, Reasons) = (e.Answer, e.Reasons);
                FirstAnsweredAt ??= e.OccurredAt;
                Record(DemandStepKind.Respond, e.By, e.OccurredAt, e.Answer);
                break;
            case DemandReturnedForRework e:
                ReworkCount++;
                Record(DemandStepKind.ReturnForRework, e.By, e.OccurredAt, e.Note);
                break;
            case DemandClosed e:
                Evaluation = e.Evaluation;
                Record(DemandStepKind.Close, e.By, e.OccurredAt, e.Note);
                break;
            case DemandRejected e:
                Reasons = e.Reasons;
                FirstAnsweredAt ??= e.OccurredAt;
                Record(DemandStepKind.Reject, e.By, e.OccurredAt, e.Reasons);
                break;
            case DemandWithdrawn e:
                Record(DemandStepKind.Withdraw, e.By, e.OccurredAt, e.Note);
                break;
            default:
                throw new InvalidOperationException($"A demand does not know the event {domainEvent.GetType().Name}.");
        }
    }

    private void Record(DemandStepKind kind, ActorId actor, Instant at, string note)
    {
        _steps.Add(new DemandStep(kind, actor, at, note));
        Status = DemandLifecycle.StatusAfter(kind);
    }
}
