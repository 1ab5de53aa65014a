using CommunityGovernance.Communities;
using CommunityGovernance.Programmes;
using CommunityGovernance.Testing.Programmes;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Reliability;

/// <summary>
/// A programme fulfilment driven step by step beside a plain model: per mandated item its content (revisable),
/// its evidence in order and whether and when it was fulfilled; an item is fulfilled once, and only with content and
/// evidence; nothing is recorded for an item the programme does not mandate, nor with blank or over-long text.
/// </summary>
public sealed class ProgrammeFulfilmentModelTests
{
    public static Arbitrary<(ProgrammeTemplate Template, ProgrammeCommand[] Steps)> Runs() =>
        ProgrammeGenerators.Template.SelectMany(t => ProgrammeGenerators.MixedCommands(t).Select(steps => (t, steps))).ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(ProgrammeFulfilmentModelTests)])]
    public Property A_programme_fulfilment_follows_its_model_step_by_step((ProgrammeTemplate Template, ProgrammeCommand[] Steps) run)
    {
        var (template, steps) = run;
        var community = new AdministrativeCommunityId(AreaCode.Parse("510115001001"));
        var fulfilment = ProgrammeFulfilment.Start(template, community, EverythingExists.Directory, StepByStep.Start);
        var items = template.Items.ToDictionary(i => i.Key, _ => new ItemModel(), StringComparer.Ordinal);

        return StepByStep.Follows(fulfilment, f => f.ToSnapshot(), steps, (step, _) =>
            {
                if (!items.TryGetValue(step.Item, out var item))
                {
                    return false;
                }

                switch (step)
                {
                    case ProgrammeCommand.RecordContent s when Usable(s.Content, 4000):
                        item.Content = s.Content.Trim();
                        return true;
                    case ProgrammeCommand.AddEvidence s when Usable(s.Evidence, 1000):
                        item.Evidence.Add(new ItemEvidence(s.Evidence.Trim(), s.On));
                        return true;
                    case ProgrammeCommand.MarkFulfilled s when item.FulfilledOn is null && item.Content is not null && item.Evidence.Count > 0:
                        item.FulfilledOn = s.On;
                        return true;
                    default:
                        return false;
                }
            },
            (f, step, at) => step.ApplyTo(f, at),
            f => f.ToSnapshot() is var snapshot
                && snapshot.Programme == template.Code
                && snapshot.Community == community
                && snapshot.Items.Select(i => i.Item).SequenceEqual(template.Items.Select(i => i.Key))
                && snapshot.Items.All(i => Agrees(i, items[i.Item])));
    }

    private static bool Agrees(MandatedItemFulfilment actual, ItemModel expected) =>
        actual.Status == expected.Status
        && actual.Content == expected.Content
        && actual.Evidence.SequenceEqual(expected.Evidence)
        && actual.FulfilledOn == expected.FulfilledOn;

    private static bool Usable(string text, int limit) => !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= limit;

    private sealed class ItemModel
    {
        public string? Content { get; set; }

        public List<ItemEvidence> Evidence { get; } = [];

        public LocalDate? FulfilledOn { get; set; }

        public MandatedItemStatus Status =>
            FulfilledOn is not null ? MandatedItemStatus.Fulfilled
            : Content is not null || Evidence.Count > 0 ? MandatedItemStatus.InProgress
            : MandatedItemStatus.NotStarted;
    }
}
