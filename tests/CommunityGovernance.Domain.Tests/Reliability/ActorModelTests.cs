using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Testing.Actors;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Reliability;

/// <summary>
/// An actor driven step by step beside a plain model: responsibilities and interests as sets of known categories,
/// responsibilities and residences only in units that exist, memberships in the order begun (never in a resident or in itself, never two open or overlapping in one post of one
/// organisation, ended only from an open one on or after its first day), and a residence that only a resident has
/// and moves.
/// </summary>
public sealed class ActorModelTests
{
    private static readonly Instant s_at = StepByStep.Start;

    private static readonly Actor s_homeowners = Actor.RegisterOrganisation(new ActorId("HOC-1"), ActorKind.HomeownersCommittee, "业委会", s_at);
    // Most of the generators' units exist, not all: a responsibility or a residence in one that does not is refused
    // (UnitIsEstablished). Streets 001-003 with their first four communities, and GY-01 to GY-04.
    private static readonly FixedCommunityDirectory s_directory = FixedCommunityDirectory.Of(
        s_at,
        [.. from street in Enumerable.Range(1, 3) from community in Enumerable.Range(1, 4)
            select CommunityUnit.Administrative(AdministrativeCommunityId.Parse($"510115{street:D3}{community:D3}")),
         .. Enumerable.Range(1, 4).Select(n => CommunityUnit.Living(new LivingCommunityId($"GY-{n:D2}")))],
        []);

    private static readonly Actor s_volunteers = Actor.RegisterOrganisation(new ActorId("SELF-1"), ActorKind.SelfOrganisation, "志愿队", s_at);

    public static Arbitrary<(Actor Actor, ActorCommand[] Steps)> Runs() =>
        (from resident in Gen.Elements(true, false)
         from actor in resident ? ActorGenerators.Residents : ActorGenerators.Organisations
         from neighbour in ActorGenerators.Residents
         from steps in ActorGenerators.Commands([s_homeowners, s_volunteers, neighbour, actor])
         select (actor, steps)).ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(ActorModelTests)])]
    public Property An_actor_follows_its_model_step_by_step((Actor Actor, ActorCommand[] Steps) run)
    {
        var (actor, steps) = run;
        var initial = actor.ToSnapshot();
        var responsibilities = new HashSet<Responsibility>();
        var interests = new HashSet<DemandCategory>();
        var memberships = new List<Membership>();
        var residence = initial.Resident?.ActualResidence;

        return StepByStep.Follows(actor, a => a.ToSnapshot(), steps, (step, _) =>
            {
                switch (step)
                {
                    case ActorCommand.AssignResponsibility s when Enum.IsDefined(s.Category) && s_directory.IsEstablished(s.Unit, s_at):
                        return responsibilities.Add(new Responsibility(s.Category, s.Unit));
                    case ActorCommand.WithdrawResponsibility s when Enum.IsDefined(s.Category):
                        return responsibilities.Remove(new Responsibility(s.Category, s.Unit));
                    case ActorCommand.DeclareInterest s when Enum.IsDefined(s.Category):
                        return interests.Add(s.Category);
                    case ActorCommand.JoinOrganisation s when Enum.IsDefined(s.Post)
                        && s.Organisation.Id != initial.Id && s.Organisation.Kind != ActorKind.Resident
                        && !memberships.Any(m => m.Organisation == s.Organisation.Id && m.Post == s.Post && (m.Until is null || m.Until >= s.From)):
                        memberships.Add(new Membership(s.Organisation.Id, s.Post, s.From, null));
                        return true;
                    case ActorCommand.LeaveOrganisation s
                        when memberships.FindIndex(m => m.Until is null && m.Organisation == s.Organisation && m.Post == s.Post && m.From <= s.Until) is var open and >= 0:
                        memberships[open] = memberships[open] with { Until = s.Until };
                        return true;
                    case ActorCommand.MoveResidence s when initial.Kind == ActorKind.Resident
                        && s_directory.IsEstablished(CommunityUnit.Administrative(s.Residence.Community), s_at)
                        && (s.Residence.LivingCommunity is not { } living || s_directory.IsEstablished(CommunityUnit.Living(living), s_at)):
                        residence = s.Residence;
                        return true;
                    default:
                        return false;
                }
            },
            (a, step, at) => step.ApplyTo(a, s_directory, at),
            a => a.ToSnapshot() is var snapshot
                && snapshot.Id == initial.Id && snapshot.Kind == initial.Kind && snapshot.OrganisationName == initial.OrganisationName
                && snapshot.Responsibilities.ToHashSet().SetEquals(responsibilities)
                && snapshot.Interests.ToHashSet().SetEquals(interests)
                && snapshot.Memberships.SequenceEqual(memberships)
                && (initial.Resident is not { } was
                    ? snapshot.Resident is null
                    : snapshot.Resident is { } now && now.ActualResidence == residence && now.Name == was.Name
                        && now.IdentityNumber == was.IdentityNumber && now.Phone == was.Phone && now.RegisteredResidence == was.RegisteredResidence));
    }
}
