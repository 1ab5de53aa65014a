using CommunityGovernance.Actors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CommunityGovernance.Domain.Tests.Actors;

public sealed class ActorIdTests
{
    // Texts that often coincide (so equal pairs are frequent) and differ only in case now and then.
    public static Arbitrary<(string, string)> TextPairs()
    {
        var text = Gen.Elements("A-0001", "A-0002", "a-0001", "street:liucheng", "Street:Liucheng", "rc.510115001001");
        return Gen.Zip(text, text).ToArbitrary();
    }

    [ScaledProperty(Arbitrary = [typeof(ActorIdTests)])]
    public bool Ids_made_apart_are_equal_exactly_when_their_texts_are_and_then_hash_alike((string, string) texts)
    {
        var (a, b) = texts;
        var first = new ActorId(a);
        var second = new ActorId(string.Concat(b.AsSpan(0, 1), b.AsSpan(1)));
        var equal = string.Equals(a, b, StringComparison.Ordinal);
        return first.Equals(second) == equal && (first == second) == equal
            && (!equal || first.GetHashCode() == second.GetHashCode())
            && first.GetHashCode() == new ActorId(a).GetHashCode();
    }

    [Fact]
    public void The_default_id_equals_only_itself()
    {
        Assert.Equal(default, default(ActorId));
        Assert.Equal(0, default(ActorId).GetHashCode());
        Assert.NotEqual(default, new ActorId("A-0001"));
        Assert.Equal(string.Empty, default(ActorId).Value);
    }
}
