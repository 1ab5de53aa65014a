using System.Text.Json.Nodes;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.PersonalData;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using static CommunityGovernance.Communities.Homeowners.BallotChoice;

namespace CommunityGovernance.Domain.Tests.Communities.Homeowners;

/// <summary>
/// The assembly's events through the serializer: owners' names and ballots are encrypted under each owner's key and
/// read back equal; the tally is stored in clear; once an owner's key is destroyed, the name reads erased, the ballot
/// as an abstention, and a closed vote keeps the tally it was counted with.
/// </summary>
public sealed class AssemblyStorageTests
{
    public static Arbitrary<AssemblyScenario> Scenarios() => AssemblyArbitraries.AssemblyScenario();

    [ScaledProperty(Arbitrary = [typeof(AssemblyStorageTests)])]
    public Property Every_event_of_a_register_and_a_vote_reads_back_equal_with_no_name_or_choice_in_clear(AssemblyScenario scenario)
    {
        var keys = new InMemoryPersonalDataKeyStore();
        var serializer = new DomainEventSerializer(personalDataKeys: keys);
        var events = scenario.Register.PendingEvents.Concat(scenario.Run().PendingEvents).ToList();

        var stored = events.Select(serializer.Serialize).ToList();
        var names = scenario.Register.Units.Where(u => u.Owner is not null).Select(u => u.Owner!.Name.Value).Distinct(StringComparer.Ordinal).ToList();
        var ballots = stored.Where(s => s.Type == nameof(BallotCast)).Select(s => JsonNode.Parse(s.Data)!["choice"]!).ToList();

        return stored.Select(serializer.Deserialize).SequenceEqual(events).Label("reads back equal")
            .And(names.All(n => stored.All(s => !s.Data.Contains(n, StringComparison.Ordinal)))).Label("no owner's name in clear")
            .And(ballots.All(b => b is JsonObject envelope && envelope["protected"] is not null)).Label("every ballot's choice sealed");
    }

    [Fact]
    public void Destroying_an_owners_key_erases_the_name_and_the_ballot_and_the_closed_tally_stays()
    {
        var keys = new InMemoryPersonalDataKeyStore();
        var serializer = new DomainEventSerializer(personalDataKeys: keys);
        var register = Compound.Register((100m, "A"), (100m, "B"), (100m, "C"));
        var vote = Compound.Vote(register, AssemblyMatter.ManagementStatute);
        var tally = Compound.CastAndClose(vote, ("A", For), ("B", For), ("C", Against));
        var storedRegister = register.PendingEvents.Select(serializer.Serialize).ToList();
        var storedVote = vote.PendingEvents.Select(serializer.Serialize).ToList();
        var closed = storedVote[^1];

        keys.Destroy(new ActorId("A"));

        var reread = OwnershipRegister.FromHistory(storedRegister.Select(serializer.Deserialize));
        Assert.Equal(PersonalDataEraser.ErasedName, reread.Units.First().Owner!.Name);
        Assert.Equal(new PersonName("业主B"), reread.Units.ElementAt(1).Owner!.Name);
        var revote = AssemblyVote.FromHistory(storedVote.Select(serializer.Deserialize));
        Assert.Equal(new Ballot(new ActorId("A"), Abstain), revote.ToSnapshot().Ballots[0]);
        Assert.Equal(tally, revote.Tally);
        Assert.Contains("\"outcome\":\"Adopted\"", closed.Data, StringComparison.Ordinal);
        Assert.Contains("\"totalArea\":\"300.00\"", closed.Data, StringComparison.Ordinal);
    }

    [Fact]
    public void The_eraser_rewrites_a_ballot_to_an_abstention_and_a_name_to_its_erased_form()
    {
        var serializer = new DomainEventSerializer(personalDataKeys: new InMemoryPersonalDataKeyStore());
        var eraser = new PersonalDataEraser(serializer);
        var vote = Compound.Vote(Compound.Register((100m, "A")), AssemblyMatter.Rebuilding);
        vote.Cast(new ActorId("A"), Against, Compound.OpensAt);
        var delivered = new ExclusiveUnitDelivered(Compound.OpensAt, new CommunityGovernance.Communities.LivingCommunityId("G"), new ExclusiveUnitId("U"), new ActorId("A"), new PersonName("王小明"));

        var ballot = (BallotCast)serializer.Deserialize(eraser.Erase(serializer.Serialize(vote.PendingEvents[^1])));
        var name = (ExclusiveUnitDelivered)serializer.Deserialize(eraser.Erase(serializer.Serialize(delivered)));

        Assert.Equal(Abstain, ballot.Choice);
        Assert.Equal(new ActorId("A"), ballot.Owner);
        Assert.Equal(delivered with { OwnerName = PersonalDataEraser.ErasedName }, name);
    }
}
