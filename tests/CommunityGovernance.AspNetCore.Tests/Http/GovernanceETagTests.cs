using CommunityGovernance.Actors;
using CommunityGovernance.AspNetCore.Http;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace CommunityGovernance.AspNetCore.Tests.Http;

public sealed class GovernanceETagTests
{
    public static Arbitrary<(long Version, long Asked, bool Weak)> Tags() =>
        (from version in Gen.Choose(0, 50)
         from asked in Gen.OneOf(Gen.Constant(version), Gen.Choose(0, 50))
         from weak in Gen.Elements(false, false, true)
         select ((long)version, (long)asked, weak)).ToArbitrary();

    // If-Match passes exactly when it names the aggregate's version as a strong tag.
    [ScaledProperty(Arbitrary = [typeof(GovernanceETagTests)])]
    public Property If_match_passes_exactly_when_it_names_the_current_version((long Version, long Asked, bool Weak) tags)
    {
        var request = new DefaultHttpContext().Request;
        request.Headers.IfMatch = (tags.Weak ? "W/" : string.Empty) + GovernanceETag.Of(tags.Asked);
        var passes = Passes(request, tags.Version);

        return (passes == (tags.Asked == tags.Version && !tags.Weak)).Label($"If-Match {request.Headers.IfMatch} at version {tags.Version}: {passes}");
    }

    [Fact]
    public void No_header_and_a_star_pass_and_a_list_passes_when_one_tag_matches()
    {
        var request = new DefaultHttpContext().Request;
        Assert.True(Passes(request, 3));

        request.Headers.IfMatch = "*";
        Assert.True(Passes(request, 3));

        request.Headers.IfMatch = "\"1\", \"3\"";
        Assert.True(Passes(request, 3));

        request.Headers.IfMatch = "not a tag";
        Assert.False(Passes(request, 3));
    }

    [Fact]
    public void The_tag_is_the_quoted_version_and_set_on_the_response()
    {
        var demand = Demand.Raise(new DemandId("SQ-1"), new ActorId("JM-0001"), CommunityUnit.Administrative(AreaCode.Parse("510115001001")), DemandCategory.PublicService, "路灯", "路灯坏了", DemandDeadlines.Default, CommunityGovernance.AspNetCore.Tests.Authorization.GovernancePowerHandlerTests.Directory, Instant.FromUtc(2026, 4, 1, 0, 0));
        var response = new DefaultHttpContext().Response;

        response.SetETag(demand);

        Assert.Equal("\"1\"", response.Headers.ETag.ToString());
        Assert.Equal("\"12\"", GovernanceETag.Of(12));
    }

    private static bool Passes(HttpRequest request, long version)
    {
        try
        {
            request.CheckIfMatch(version);
            return true;
        }
        catch (PreconditionFailedException failed)
        {
            Assert.Equal(version, failed.CurrentVersion);
            return false;
        }
    }
}
