using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Participation;
using CommunityGovernance.Storage;
using CommunityGovernance.Testing.Communities;
using NodaTime;

namespace CommunityGovernance.Testing.Storage;

/// <summary>The aggregates the store contract writes: real ones of this library, so a store needs no extra event types.</summary>
internal static class ContractData
{
    public static readonly Instant At = Instant.FromUtc(2026, 3, 2, 9, 0);

    private static readonly CommunityUnit s_heping = CommunityUnit.Administrative(AdministrativeCommunityId.Parse("510115001001"));

    public static ParticipationProfile Profile(string actor, int evidence)
    {
        var profile = ParticipationProfile.Open(new ActorId(actor), s_heping, new FixedCommunityDirectory(At).Establish(s_heping).Register(new ActorId(actor)), At);
        for (var n = 1; n <= evidence; n++)
        {
            profile.Record(Evidence($"E-{n:D2}"), At);
        }

        return profile;
    }

    public static StreamName<ParticipationProfile> ProfileStream(string actor) => ParticipationProfile.StreamOf(new ActorId(actor), s_heping);

    /// <summary>What the contract's data names exists: Heping, where every resident and profile is.</summary>
    public static FixedCommunityDirectory Directory { get; } = new FixedCommunityDirectory(At).Establish(s_heping);

    public static ParticipationEvidence Evidence(string reference) =>
        new(reference, EvidenceKind.MeetingAttended, s_heping, new LocalDate(2026, 3, 1));

    public static ResidentParticulars Particulars(string name, string identityNumber, string phone) => new(
        new PersonName(name),
        ResidentIdentityNumber.Parse(identityNumber),
        new PhoneNumber(phone),
        AreaCode.Parse("510115"),
        new Residence(AdministrativeCommunityId.Parse("510115001001")));

    /// <summary>The exception of type <typeparamref name="TException"/> the call threw, or <see langword="null"/> when it threw none.</summary>
    public static async Task<TException?> Refusal<TException>(Func<Task> call)
        where TException : Exception
    {
        try
        {
            await call();
            return null;
        }
        catch (TException e)
        {
            return e;
        }
    }
}
