using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Rights;

namespace Wenjiang.Scenario;

/// <summary>
/// Step 6, the downward crossing (行政指令下沉): street offices sink administrative orders into living communities
/// through the residents' committee channel. The order itself checks, against the rights index and the coverage
/// register, that the channel's community covers the living community and that the street office holds the power the
/// order exercises over it. The living side's homeowners' committee accepts or declines.
/// </summary>
/// <remarks>No side attribute: this class works only through the library's crossing types.</remarks>
internal static class OrderStep
{
    /// <summary>Sinks and answers the scenario's orders.</summary>
    /// <param name="plans">The orders.</param>
    /// <param name="rights">The rights index, which the order asks.</param>
    /// <param name="coverage">The coverage register, which the order asks.</param>
    /// <returns>The orders, in plan order.</returns>
    public static IReadOnlyList<AdministrativeOrder> Sink(IEnumerable<OrderPlan> plans, IGovernanceRightsQuery rights, ICoverageQuery coverage)
    {
        var orders = new List<AdministrativeOrder>();
        foreach (var plan in plans)
        {
            var issuer = ActorIds.StreetOffice(plan.Jurisdiction.StreetCode);
            var order = AdministrativeOrder.Sink(
                plan.Id,
                issuer,
                plan.Power,
                new ResidentsCommitteeChannel(ActorIds.ResidentsCommittee(plan.Jurisdiction), plan.Jurisdiction),
                plan.Target,
                plan.Task,
                plan.DueOn,
                rights,
                coverage,
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
