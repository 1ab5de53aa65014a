using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Testing.Actors;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Testing.Demands;

/// <summary>
/// Generators of demands and of demand histories: scenarios whose command sequences mix legal and illegal steps,
/// weighted so that many run the whole lifecycle.
/// </summary>
public static class DemandGenerators
{
    private static readonly Instant s_epoch = Instant.FromUtc(2025, 1, 1, 0, 0);

    /// <summary>Every listed demand category.</summary>
    public static Gen<DemandCategory> Categories { get; } = Gen.Elements(Enum.GetValues<DemandCategory>());

    /// <summary>Demand ids D-00000 to D-99999.</summary>
    public static Gen<DemandId> DemandIds { get; } = Gen.Choose(0, 99_999).Select(n => new DemandId($"D-{n:D5}"));

    // Demands raised in 2025, on the hour.
    private static readonly Gen<Instant> s_raisedAt = TimeGenerators.Between(s_epoch, s_epoch + Duration.FromDays(365), Duration.FromHours(1));

    /// <summary>
    /// Time between steps: mostly 0 to 240 hours later (so that some answers are late), one time in ten up to
    /// 48 hours earlier, which the demand must refuse.
    /// </summary>
    public static Gen<Duration> Advances { get; } = Gen.Frequency(
        (9, Gen.Choose(0, 240).Select(h => Duration.FromHours(h))),
        (1, Gen.Choose(1, 48).Select(h => Duration.FromHours(-h))));

    /// <summary>
    /// Commands weighted towards progress: half are onward steps (<see cref="DemandCommand.Onward"/>); of the
    /// others, rejection and withdrawal are rarer than the other steps, and each step is mostly taken by the role
    /// that may take it.
    /// </summary>
    public static Gen<DemandCommand> Commands { get; } =
        from kind in Gen.Frequency(
            (8, Gen.Constant(DemandStepKind.Accept)),
            (8, Gen.Constant(DemandStepKind.Route)),
            (8, Gen.Constant(DemandStepKind.StartWork)),
            (8, Gen.Constant(DemandStepKind.Respond)),
            (4, Gen.Constant(DemandStepKind.ReturnForRework)),
            (8, Gen.Constant(DemandStepKind.Close)),
            (1, Gen.Constant(DemandStepKind.Reject)),
            (1, Gen.Constant(DemandStepKind.Withdraw)),
            (8, Gen.Constant(DemandStepKind.Verify)),
            (2, Gen.Constant(DemandStepKind.FailVerification)),
            (3, Gen.Constant(DemandStepKind.Conclude)),
            (6, Gen.Constant(DemandStepKind.Escalate)))
        from role in RoleFor(kind)
        from index in Gen.Choose(0, 4)   // see DemandCommand.EscalatedStage: every stage can be escalated
        from advance in Advances
        from evaluation in Gen.Elements(DemandEvaluation.Satisfied, DemandEvaluation.Dissatisfied)
        from onward in Gen.Elements(true, false)
        select new DemandCommand(kind, role, index, advance, evaluation, onward);

    /// <summary>Scenarios about any unit of <see cref="UnitGenerators.Units"/>.</summary>
    public static Gen<DemandScenario> Scenarios { get; } = ScenariosAbout(UnitGenerators.Units);

    /// <summary>Scenarios about the given units, with 0 to 30 commands each.</summary>
    /// <param name="subjects">The units demands are about.</param>
    /// <returns>The generator.</returns>
    public static Gen<DemandScenario> ScenariosAbout(Gen<CommunityUnit> subjects) =>
        from id in DemandIds
        from subject in subjects
        from category in Categories
        from raiser in Gen.Choose(1, 3)
        from responsibleCount in Gen.Choose(1, 3)
        from raisedAt in s_raisedAt
        from count in Gen.Choose(0, 30)
        from commands in Commands.ArrayOf(count)
        select new DemandScenario(
            id,
            Actor.RegisterResident(new ActorId($"R-{raiser}"), Particulars(subject), new FixedCommunityDirectory(raisedAt).Establish(Particulars(subject).ActualResidence), raisedAt),
            Actor.RegisterOrganisation(new ActorId("SO-1"), ActorKind.StreetOffice, "柳城街道办事处", raisedAt),
            Enumerable.Range(1, responsibleCount).Select(n => ResponsibleActor(n, category, subject, raisedAt)).ToArray(),
            Actor.RegisterOrganisation(new ActorId("X-1"), ActorKind.VerticalDepartment, "unrelated department", raisedAt),
            subject,
            category,
            raisedAt,
            commands);

    private static Gen<DemandRole> RoleFor(DemandStepKind kind) => kind switch
    {
        DemandStepKind.Close or DemandStepKind.Withdraw => Mostly(DemandRole.Raiser),
        DemandStepKind.StartWork or DemandStepKind.Respond => Mostly(DemandRole.Assignee),
        DemandStepKind.Verify or DemandStepKind.FailVerification => Gen.Frequency(
            (4, Gen.Elements(DemandRole.Acceptor, DemandRole.Stranger)),
            (1, Gen.Elements(DemandRole.Raiser, DemandRole.Assignee))),
        DemandStepKind.Route => Gen.Frequency(
            (7, Gen.Constant(DemandRole.Responsible)),
            (1, Gen.Constant(DemandRole.Assignee)),
            (1, Gen.Constant(DemandRole.Stranger))),
        _ => Mostly(DemandRole.Acceptor),
    };

    private static Gen<DemandRole> Mostly(DemandRole role) => Gen.Frequency(
        (4, Gen.Constant(role)),
        (1, Gen.Elements(Enum.GetValues<DemandRole>())));

    // Responsible actors alternate between holding the subject itself and, for administrative units, the district
    // above it, so that coverage down the hierarchy is exercised.
    private static Actor ResponsibleActor(int n, DemandCategory category, CommunityUnit subject, Instant at)
    {
        var actor = Actor.RegisterOrganisation(new ActorId($"RA-{n}"), n == 1 ? ActorKind.ResidentsCommittee : ActorKind.VerticalDepartment, $"responsible {n}", at);
        var unit = subject.IsAdministrative && n % 2 == 0 ? CommunityUnit.Administrative(UnitGenerators.Wenjiang) : subject;
        actor.AssignResponsibility(category, unit, new FixedCommunityDirectory(at).Establish(unit), at);
        return actor;
    }

    private static ResidentParticulars Particulars(CommunityUnit subject) => new(
        new PersonName("王芳"),
        ResidentIdentityNumber.Parse("51011519900101001" + ResidentIdentityNumber.CheckCharacterOf("51011519900101001")),
        null,
        UnitGenerators.Wenjiang,
        new Residence(AdministrativeCommunityId.Parse("510115001001"), subject.IsLiving ? subject.LivingCommunityId : null));
}
