using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Actors;
using CommunityGovernance.Testing.Demands;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Actors;

public sealed class ActorPropertyTests
{
    private static readonly Instant At = Instant.FromUtc(2025, 3, 1, 9, 0);

    private static readonly Actor[] Organisations =
    [
        Actor.RegisterOrganisation(new ActorId("HOC-1"), ActorKind.HomeownersCommittee, "业委会", At),
        Actor.RegisterOrganisation(new ActorId("SELF-1"), ActorKind.SelfOrganisation, "志愿队", At),
    ];

    // One generated command against an actor: which one, with what values. Many are refused (duplicates,
    // withdrawals of what is not held, overlapping posts); that is the point.
    private static Gen<Action<Actor>> Commands { get; } = Gen.OneOf(
        from category in DemandGenerators.Categories
        from unit in UnitGenerators.Units
        select (Action<Actor>)(a => a.AssignResponsibility(category, unit, EverythingExists.Directory, At)),
        from category in DemandGenerators.Categories
        from unit in UnitGenerators.Units
        select (Action<Actor>)(a => a.WithdrawResponsibility(category, unit, At)),
        DemandGenerators.Categories.Select(category => (Action<Actor>)(a => a.DeclareInterest(category, At))),
        from organisation in Gen.Elements(Organisations)
        from post in Gen.Elements(Enum.GetValues<Post>())
        from day in Gen.Choose(0, 60)
        select (Action<Actor>)(a => a.JoinOrganisation(organisation, post, new LocalDate(2025, 1, 1).PlusDays(day), At)),
        from organisation in Gen.Elements(Organisations)
        from post in Gen.Elements(Enum.GetValues<Post>())
        from day in Gen.Choose(0, 60)
        select (Action<Actor>)(a => a.LeaveOrganisation(organisation.Id, post, new LocalDate(2025, 1, 1).PlusDays(day), At)),
        ActorGenerators.Residences.Select(residence => (Action<Actor>)(a => a.MoveResidence(residence, At))));

    private static Gen<(Actor Actor, Action<Actor>[] Commands)> Histories { get; } =
        from actor in Gen.OneOf(ActorGenerators.Organisations, ActorGenerators.Residents)
        from commands in Commands.ArrayOf()
        select (actor, commands);

    [ScaledProperty]
    public Property A_refused_command_changes_nothing_and_the_rebuilt_actor_equals_the_live_one() =>
        Prop.ForAll(Histories.ToArbitrary(), history =>
        {
            var (actor, commands) = history;
            var refusalsLeftItUnchanged = true;
            foreach (var command in commands)
            {
                var before = actor.ToSnapshot();
                var version = actor.Version;
                try
                {
                    command(actor);
                }
                catch (DomainRuleViolationException)
                {
                    refusalsLeftItUnchanged &= actor.ToSnapshot() == before && actor.Version == version;
                }
            }

            var rebuilt = Actor.FromHistory(actor.PendingEvents);
            return (refusalsLeftItUnchanged && rebuilt.ToSnapshot() == actor.ToSnapshot() && rebuilt.Version == actor.Version)
                .Label($"{actor} after {commands.Length} commands");
        });

    [ScaledProperty]
    public Property Open_posts_in_one_organisation_never_overlap() =>
        Prop.ForAll(Histories.ToArbitrary(), history =>
        {
            var (actor, commands) = history;
            foreach (var command in commands)
            {
                try
                {
                    command(actor);
                }
                catch (DomainRuleViolationException)
                {
                    // Refusals are covered by the property above.
                }
            }

            return actor.Memberships
                .GroupBy(m => (m.Organisation, m.Post))
                .All(g => g.Count(m => m.IsOpen) <= 1 && g.All(m => m.Until is null || m.Until >= m.From));
        });

    [ScaledProperty]
    public Property An_administrative_responsibility_covers_exactly_the_units_within_it() =>
        Prop.ForAll(
            (from category in DemandGenerators.Categories
             from held in UnitGenerators.Units
             from asked in UnitGenerators.Units
             select (Category: category, Held: held, Asked: asked)).ToArbitrary(),
            t =>
            {
                var responsibility = new Responsibility(t.Category, t.Held);
                var expected = t.Held.Side == t.Asked.Side && (t.Held.IsLiving
                    ? t.Held.LivingCommunityId == t.Asked.LivingCommunityId
                    : t.Asked.AreaCode.ToTwelveDigitString().StartsWith(t.Held.AreaCode.ToString(), StringComparison.Ordinal));
                return (responsibility.Covers(t.Category, t.Asked) == expected).Label($"{t.Held} / {t.Asked}");
            });
}
