using CommunityGovernance.Actors;

namespace CommunityGovernance.Demands;

internal sealed class DemandIdJsonConverter : TextJsonConverter<DemandId>
{
    protected override DemandId Parse(string text) => new(text);

    protected override string Format(DemandId value) => value.Value;
}
