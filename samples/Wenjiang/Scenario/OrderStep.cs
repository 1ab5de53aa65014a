using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Rights;

namespace Wenjiang.Scenario;

/// <summary>
/// Step 6, the downward crossing (行政指令下沉): street offices sink administrative orders into living communities
/// through the residents' committee channel, each only after the rights index confirms the street office holds the
/// power the order exercises over the jurisdiction. The living side's homeowners' committee accepts or declines.
/// </summary>
/// <remarks>No side attribute: this class works only through the library's crossing types.</remarks>
internal static class OrderStep
{
    /// <summary>Sinks and answers the scenario's orders.</summary>
    /// <param name="plans">The orders.</param>
    /// <param name="rights">The rights index, asked before each order sinks.</param>
    /// <returns>The orders, in plan order.</returns>
    /// <exception cref="InvalidOperationException">A street office lacks the power its order exercises; the scenario is wrong.</exception>
    public static IReadOnlyList<AdministrativeOrder> Sink(IEnumerable<OrderPlan> plans, IGovernanceRightsQuery rights)
    {
        var orders = new List<AdministrativeOrder>();
        foreach (var plan in plans)
        {
            var issuer = ActorIds.StreetOffice(plan.Jurisdiction.StreetCode);
            if (!rights.MayExercise(issuer, plan.Power, CommunityUnit.Administrative(plan.Jurisdiction), plan.SunkAt))
            {
                throw new InvalidOperationException($"The street office {issuer} may not exercise {plan.Power} in {plan.Jurisdiction}.");
            }

            var order = AdministrativeOrder.Sink(
                plan.Id,
                issuer,
                plan.Power,
                new ResidentsCommitteeChannel(ActorIds.ResidentsCommittee(plan.Jurisdiction), plan.Jurisdiction),
                plan.Target,
                plan.Task,
                plan.DueOn,
                plan.SunkAt);

            var homeowners = new SelfGoverningBody(LivingCommunityPlan.All.Single(p => p.Id == plan.Target).HomeownersCommittee, SelfGoverningBodyKind.HomeownersCommittee);
            var answeredAt = plan.SunkAt + NodaTime.Duration.FromDays(5);
            switch (plan.Answer)
            {
                case OrderAnswer.Accepted:
                    order.Accept(homeowners, answeredAt);
                    break;
                case OrderAnswer.Declined:
                    order.Decline(homeowners, plan.DeclineReason ?? "Declined.", answeredAt);
                    break;
                default:
                    break;
            }

            orders.Add(order);
        }

        return orders;
    }
}
