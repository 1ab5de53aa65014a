using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities;

/// <summary>
/// The directory beside a plain model (the earliest instant each unit or actor was established, a city or province
/// with its first district): it answers every question as the model does, whatever the order of its events, and a
/// demand is raised exactly when the model knows its raiser and its subject at that instant.
/// </summary>
public sealed class CommunityDirectoryPropertyTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 0, 0);

    private static readonly AreaCode[] Units =
    [
        AreaCode.Parse("510115"), AreaCode.Parse("510116"), AreaCode.Parse("510401"),
        AreaCode.Parse("510115001"), AreaCode.Parse("510115002"), AreaCode.Parse("510116001"),
        AreaCode.Parse("510115001001"), AreaCode.Parse("510115001002"), AreaCode.Parse("510116001001"),
    ];

    private static readonly AreaCode[] Above = [AreaCode.Parse("5101"), AreaCode.Parse("5104"), AreaCode.Parse("51"), AreaCode.Parse("52")];

    private static readonly LivingCommunityId[] Livings = [new("GY-1"), new("GY-2"), new("LX-1")];

    private static readonly ActorId[] Actors = [new("A-1"), new("A-2"), new("A-3")];

    public static Arbitrary<(DomainEvent[] Events, (int Subject, int Raiser, int Hours)[] Questions)> Worlds()
    {
        var hours = Gen.Choose(0, 96);
        var establish = Gen.OneOf(
            from u in Gen.Elements(Units) from h in hours select Establishing(u, Start + Duration.FromHours(h)),
            from l in Gen.Elements(Livings) from h in hours select (DomainEvent)new LivingCommunityFounded(Start + Duration.FromHours(h), l, "小区"),
            from a in Gen.Elements(Actors) from h in hours select (DomainEvent)new OrganisationRegistered(a, ActorKind.SocialOrganisation, "组织", Start + Duration.FromHours(h)));
        var question = from s in Gen.Choose(0, Units.Length + Above.Length + Livings.Length - 1)
                       from r in Gen.Choose(0, Actors.Length)
                       from h in Gen.Choose(-1, 100)
                       select (s, r, h);
        return (from events in Gen.Choose(0, 20).SelectMany(n => Gen.ArrayOf(establish, n))
                from questions in Gen.ArrayOf(question, 12)
                select (events, questions)).ToArbitrary();
    }

    [ScaledProperty(Arbitrary = [typeof(CommunityDirectoryPropertyTests)])]
    public Property The_directory_answers_as_the_model_and_a_demand_is_raised_exactly_when_both_exist((DomainEvent[] Events, (int Subject, int Raiser, int Hours)[] Questions) world)
    {
        var directory = CommunityDirectory.Build(world.Events);
        var reversed = CommunityDirectory.Build(world.Events.Reverse());
        var model = Model(world.Events);

        foreach (var (subjectIndex, raiserIndex, hours) in world.Questions)
        {
            var subject = SubjectAt(subjectIndex);
            var raiser = raiserIndex < Actors.Length ? Actors[raiserIndex] : new ActorId("NEVER");
            var at = Start + Duration.FromHours(hours);
            var unitKnown = model.TryGetValue(Key(subject), out var since) && since <= at;
            var actorKnown = model.TryGetValue("actor:" + raiser.Value, out var registered) && registered <= at;

            if (directory.IsEstablished(subject, at) != unitKnown || reversed.IsEstablished(subject, at) != unitKnown
                || directory.IsRegistered(raiser, at) != actorKnown || reversed.IsRegistered(raiser, at) != actorKnown)
            {
                return false.Label($"{Key(subject)} / {raiser} at +{hours}h: model says {unitKnown}/{actorKnown}");
            }

            bool raised;
            try
            {
                Demand.Raise(new DemandId("D-1"), raiser, subject, DemandCategory.PublicService, "电梯", "The lift has stopped.", DemandDeadlines.Default, directory, at);
                raised = true;
            }
            catch (DomainRuleViolationException e) when (e.Rule is CommunityRules.UnitIsEstablished or ActorRules.ActorIsRegistered)
            {
                raised = false;
            }

            if (raised != (unitKnown && actorKnown))
            {
                return false.Label($"raise {Key(subject)} by {raiser} at +{hours}h: {raised}");
            }
        }

        return true.ToProperty();
    }

    private static DomainEvent Establishing(AreaCode unit, Instant at) => unit.Level switch
    {
        AdministrativeLevel.District => new DistrictEstablished(at, unit, "区"),
        AdministrativeLevel.Street => new StreetEstablished(at, unit, "街道"),
        _ => new AdministrativeCommunityEstablished(at, AdministrativeCommunityId.Parse(unit.ToString()), "社区"),
    };

    private static CommunityUnit SubjectAt(int index) =>
        index < Units.Length ? CommunityUnit.Administrative(Units[index])
        : index < Units.Length + Above.Length ? CommunityUnit.Administrative(Above[index - Units.Length])
        : CommunityUnit.Living(Livings[index - Units.Length - Above.Length]);

    private static string Key(CommunityUnit unit) => unit.IsLiving ? "living:" + unit.LivingCommunityId.Value : "code:" + unit.AreaCode;

    // The earliest instant of each key; a district's establishment also establishes its city and province.
    private static Dictionary<string, Instant> Model(IEnumerable<DomainEvent> events)
    {
        var model = new Dictionary<string, Instant>(StringComparer.Ordinal);
        void Learn(string key, Instant at)
        {
            if (!model.TryGetValue(key, out var since) || at < since)
            {
                model[key] = at;
            }
        }

        foreach (var e in events)
        {
            switch (e)
            {
                case DistrictEstablished d:
                    Learn("code:" + d.District, d.OccurredAt);
                    Learn("code:" + d.District.ToString()[..4], d.OccurredAt);
                    Learn("code:" + d.District.ToString()[..2], d.OccurredAt);
                    break;
                case StreetEstablished s: Learn("code:" + s.Street, s.OccurredAt); break;
                case AdministrativeCommunityEstablished c: Learn("code:" + c.Community.AreaCode, c.OccurredAt); break;
                case LivingCommunityFounded l: Learn("living:" + l.Community.Value, l.OccurredAt); break;
                case OrganisationRegistered o: Learn("actor:" + o.Actor.Value, o.OccurredAt); break;
            }
        }

        return model;
    }
}
