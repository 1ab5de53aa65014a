using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Storage;
using CommunityGovernance.Testing.Communities;

namespace CommunityGovernance.Storage.Sqlite.Tests;

/// <summary>Rewriting a stream's personal data in place, for a vendor who must rewrite rather than destroy a key.</summary>
public sealed class ErasureTests
{
    [Fact]
    public async Task Erasing_rewrites_personal_data_keeping_versions_positions_and_later_appends()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        var particulars = new ResidentParticulars(
            new PersonName("李娜"),
            ResidentIdentityNumber.Parse("11010519491231002X"),
            new PhoneNumber("13900000000"),
            AreaCode.Parse("510115"),
            new Residence(AdministrativeCommunityId.Parse("510115001001")));
        await store.AppendAsync(Notes.Stream("N-1"), 0, [Notes.Note("w", 1)]);
        var resident = Actor.RegisterResident(new ActorId("A-0001"), particulars, new FixedCommunityDirectory(TempDatabase.At).Establish(particulars.ActualResidence), TempDatabase.At);
        resident.DeclareInterest(DemandCategory.PublicService, TempDatabase.At);
        await store.SaveAsync(resident);
        await store.AppendAsync(Notes.Stream("N-1"), 1, [Notes.Note("w", 2)]);
        var before = await store.ReadFeedAsync().ToListAsync();

        var rewritten = await store.ErasePersonalDataAsync(resident.Stream, new PersonalDataEraser(store.Serializer));

        var after = await store.ReadFeedAsync().ToListAsync();
        var erased = (await store.LoadAsync(resident.Stream))!;
        Assert.Equal(1, rewritten); // The registration; the declared interest holds no personal data.
        Assert.Equal(before.Select(r => (r.Position, r.Stream, r.StreamVersion, r.StoredAt)), after.Select(r => (r.Position, r.Stream, r.StreamVersion, r.StoredAt)));
        Assert.Equal(PersonalDataEraser.ErasedName, erased.Resident!.Name);
        Assert.Equal(PersonalDataEraser.ErasedIdentityNumber, erased.Resident.IdentityNumber);
        Assert.Null(erased.Resident.Phone);
        Assert.Equal(2, erased.Version);

        erased.DeclareInterest(DemandCategory.PublicBelonging, TempDatabase.At);
        Assert.Equal(3, (await store.SaveAsync(erased)).StreamVersion);
        Assert.Equal(0, await store.ErasePersonalDataAsync(resident.Stream, new PersonalDataEraser(store.Serializer)));
    }
}
