using System.Globalization;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Testing.Actors;

/// <summary>Generators of valid actors and their value objects, for vendors' property tests.</summary>
public static class ActorGenerators
{
    private static readonly string[] s_familyNames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
    private static readonly string[] s_givenNames = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳"];
    private static readonly string[] s_regions = ["510115", "510104", "110101", "440305", "320102", "500103"];

    /// <summary>
    /// Actor ids over the whole of their grammar: 1 to 64 letters, digits, '-', '_', '.' or ':'
    /// (<see cref="IdentifierGenerators.Text"/>). The one generator of actor ids; <see cref="ActorIdsFrom"/> draws
    /// from a small pool instead, where a test needs the same actor to turn up often.
    /// </summary>
    public static Gen<ActorId> ActorIds { get; } = IdentifierGenerators.Text.Select(text => new ActorId(text));

    /// <summary>Actor ids from a pool of <paramref name="pool"/>, <c>A1</c> to <c>A{pool}</c>, so that the same actor turns up often.</summary>
    /// <param name="pool">How many different ids: 1 or more.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pool"/> is not positive.</exception>
    public static Gen<ActorId> ActorIdsFrom(int pool)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pool);
        return Gen.Choose(1, pool).Select(n => new ActorId(string.Create(CultureInfo.InvariantCulture, $"A{n}")));
    }

    /// <summary>Every listed actor kind.</summary>
    public static Gen<ActorKind> Kinds { get; } = Gen.Elements(Enum.GetValues<ActorKind>());

    /// <summary>Every kind but the resident.</summary>
    public static Gen<ActorKind> OrganisationKinds { get; } = Gen.Elements(Enum.GetValues<ActorKind>().Where(k => k != ActorKind.Resident).ToArray());

    /// <summary>Plausible Chinese names of two or three characters.</summary>
    public static Gen<PersonName> PersonNames { get; } =
        from family in Gen.Elements(s_familyNames)
        from given in Gen.Choose(1, 2).SelectMany(n => Gen.Elements(s_givenNames).ArrayOf(n))
        select new PersonName(family + string.Concat(given));

    /// <summary>
    /// The 17 leading digits of a valid resident identity number: a real address code, a date of birth between
    /// 1940 and 2022, and a sequence.
    /// </summary>
    public static Gen<string> IdentityNumberBodies { get; } =
        from region in Gen.Elements(s_regions)
        from days in Gen.Choose(0, 30_000)
        from sequence in Gen.Choose(0, 999)
        let birth = new LocalDate(1940, 1, 1).PlusDays(days)
        select $"{region}{birth.Year:D4}{birth.Month:D2}{birth.Day:D2}{sequence:D3}";

    /// <summary>Valid resident identity numbers (GB 11643), the check character computed.</summary>
    public static Gen<ResidentIdentityNumber> IdentityNumbers { get; } =
        IdentityNumberBodies.Select(body => ResidentIdentityNumber.Parse(body + ResidentIdentityNumber.CheckCharacterOf(body)));

    /// <summary>Mainland mobile numbers, 11 digits starting 13 to 19.</summary>
    public static Gen<PhoneNumber> PhoneNumbers { get; } =
        from second in Gen.Choose(3, 9)
        from rest in Gen.Choose(0, 99_999_999)
        from last in Gen.Choose(0, 9)
        select new PhoneNumber($"1{second}{rest:D8}{last}");

    /// <summary>Actual residences in Wenjiang, with or without a living community.</summary>
    public static Gen<Residence> Residences { get; } =
        from community in UnitGenerators.AdministrativeCommunities
        from living in Gen.OneOf(Gen.Constant<LivingCommunityId?>(null), UnitGenerators.LivingCommunities.Select(l => (LivingCommunityId?)l))
        select new Residence(community, living);

    /// <summary>Registered residences: Wenjiang itself or one of its streets (not floating), or another district of China (floating).</summary>
    public static Gen<AreaCode> RegisteredResidences { get; } = Gen.OneOf(
        Gen.Constant(UnitGenerators.Wenjiang),
        UnitGenerators.Streets,
        Gen.Elements(s_regions.Skip(1).Select(AreaCode.Parse).ToArray()));

    /// <summary>Residents' particulars, registered and floating, with and without a phone number.</summary>
    public static Gen<ResidentParticulars> Particulars { get; } =
        from name in PersonNames
        from number in IdentityNumbers
        from phone in Gen.OneOf(Gen.Constant<PhoneNumber?>(null), PhoneNumbers.Select(p => (PhoneNumber?)p))
        from registered in RegisteredResidences
        from residence in Residences
        select new ResidentParticulars(name, number, phone, registered, residence);

    /// <summary>Newly registered organisations of every kind but the resident, registered at a fixed instant.</summary>
    public static Gen<Actor> Organisations { get; } =
        from id in ActorIds
        from kind in OrganisationKinds
        select Actor.RegisterOrganisation(id, kind, $"{kind} {id}", Instant.FromUtc(2025, 1, 1, 0, 0));

    /// <summary>Newly registered residents, registered at a fixed instant.</summary>
    public static Gen<Actor> Residents { get; } =
        from id in ActorIds
        from particulars in Particulars
        select Actor.RegisterResident(id, particulars, new FixedCommunityDirectory(Instant.FromUtc(2025, 1, 1, 0, 0)).Establish(particulars.ActualResidence), Instant.FromUtc(2025, 1, 1, 0, 0));

    /// <summary>
    /// 0 to 30 steps on an actor, over small pools (three categories and an unknown one, four units, the posts and
    /// an unknown one, days in two months) so that duplicates, withdrawals, overlaps and leavings of held posts are
    /// common.
    /// </summary>
    /// <param name="joinable">
    /// The actors the steps may join or leave: organisations, and, to see those refused, residents or the driven
    /// actor itself.
    /// </param>
    /// <returns>The generator.</returns>
    public static Gen<ActorCommand[]> Commands(IReadOnlyList<Actor> joinable)
    {
        ArgumentNullException.ThrowIfNull(joinable);
        if (joinable.Count == 0)
        {
            throw new ArgumentException("Give at least one actor to join.", nameof(joinable));
        }

        var category = Gen.Frequency(
            (8, Gen.Elements(DemandCategory.PublicService, DemandCategory.PublicBelonging, DemandCategory.StabilityAndOrder)),
            (1, Gen.Constant((DemandCategory)0)));
        var unit = Gen.Elements(
            CommunityUnit.Administrative(AreaCode.Parse("510115001001")),
            CommunityUnit.Administrative(AreaCode.Parse("510115002001")),
            CommunityUnit.Living(new LivingCommunityId("GY-01")),
            CommunityUnit.Living(new LivingCommunityId("GY-02")));
        var post = Gen.Frequency((8, Gen.Elements(Enum.GetValues<Post>())), (1, Gen.Constant((Post)0)));
        var day = Gen.Choose(0, 60).Select(d => new LocalDate(2025, 1, 1).PlusDays(d));
        var step = Gen.Frequency(
            (2, from c in category from u in unit select (ActorCommand)new ActorCommand.AssignResponsibility(c, u)),
            (2, from c in category from u in unit select (ActorCommand)new ActorCommand.WithdrawResponsibility(c, u)),
            (1, category.Select(c => (ActorCommand)new ActorCommand.DeclareInterest(c))),
            (3, from o in Gen.Elements(joinable.ToArray()) from p in post from d in day select (ActorCommand)new ActorCommand.JoinOrganisation(o, p, d)),
            (3, from o in Gen.Frequency((6, Gen.Elements(joinable.Select(a => a.Id).ToArray())), (1, Gen.Constant(default(ActorId))))
                from p in post
                from d in day
                select (ActorCommand)new ActorCommand.LeaveOrganisation(o, p, d)),
            (1, Residences.Select(r => (ActorCommand)new ActorCommand.MoveResidence(r))));
        return Gen.Choose(0, 30).SelectMany(n => Gen.ArrayOf(step, n));
    }
}
