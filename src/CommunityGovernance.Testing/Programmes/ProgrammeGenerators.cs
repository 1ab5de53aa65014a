using CommunityGovernance.Programmes;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Testing.Programmes;

/// <summary>
/// FsCheck 3 generators for programmes of mandated items: templates with distinct items (including the built-in
/// Wenjiang eight items), and sequences of fulfilment steps over a template's items and a stray one.
/// </summary>
public static class ProgrammeGenerators
{
    /// <summary>Days from 2020 to 2030.</summary>
    public static Gen<LocalDate> Day { get; } = Gen.Choose(0, 3650).Select(d => new LocalDate(2020, 1, 1).PlusDays(d));

    /// <summary>Mandated items with numbers from 1 to 99.</summary>
    public static Gen<MandatedItem> Item { get; } =
        from number in Gen.Choose(1, 99)
        from key in IdentifierGenerators.Text
        from name in Gen.Elements("logo", "song", "garden", "library", "canteen", "council")
        select new MandatedItem(number, key, name, "事项" + number);

    /// <summary>Programme templates of 1 to 10 items with distinct keys and numbers, and the Wenjiang eight items.</summary>
    public static Gen<ProgrammeTemplate> Template { get; } = Gen.Frequency(
        (1, Gen.Constant(WenjiangEightItems.Template)),
        (3, from count in Gen.Choose(1, 10)
            from code in IdentifierGenerators.Text
            from names in Gen.ArrayOf(Gen.Elements("logo", "song", "garden", "library", "canteen", "council"), count)
            select ProgrammeTemplate.Define(
                code,
                "programme " + code,
                names.Select((name, i) => new MandatedItem(i + 1, $"item-{i + 1}", name, "事项" + (i + 1))))));

    /// <summary>Steps over the template's items and one item it does not mandate.</summary>
    /// <param name="template">The template.</param>
    /// <returns>The generator of 0 to 30 steps.</returns>
    public static Gen<ProgrammeCommand[]> Commands(ProgrammeTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var keys = template.Items.Select(i => i.Key).Append("not-mandated").ToArray();
        var step = Gen.Frequency(
            (3, from key in Gen.Elements(keys)
                from content in Gen.Elements("our own convention", "a song by the children's choir", "a logo drawn by residents")
                select (ProgrammeCommand)new ProgrammeCommand.RecordContent(key, content)),
            (3, from key in Gen.Elements(keys)
                from evidence in Gen.Elements("minutes 2025-03", "photo album", "registration 51011500123")
                from day in Day
                select (ProgrammeCommand)new ProgrammeCommand.AddEvidence(key, evidence, day)),
            (3, from key in Gen.Elements(keys)
                from day in Day
                select (ProgrammeCommand)new ProgrammeCommand.MarkFulfilled(key, day)));
        return Gen.Choose(0, 30).SelectMany(count => Gen.ArrayOf(step, count));
    }

    /// <summary>
    /// Commands like <see cref="Commands"/>, whose content and evidence may also be padded (recorded trimmed), blank or
    /// past their limits (4,000 and 1,000 characters), for model-based tests that must see those refused too.
    /// </summary>
    /// <param name="template">The template.</param>
    /// <returns>The generator of 0 to 30 steps.</returns>
    public static Gen<ProgrammeCommand[]> MixedCommands(ProgrammeTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var keys = template.Items.Select(i => i.Key).Append("not-mandated").ToArray();
        Gen<string> Text(int limit, params string[] usable) => Gen.Frequency(
            (6, Gen.Elements(usable)),
            (1, Gen.Elements(usable).Select(t => "  " + t + "\n")),
            (2, Gen.Elements(string.Empty, "  ", "\t")),
            (1, Gen.Constant(new string('长', limit + 1))));
        var content = Text(4000, "our own convention", "a song by the children's choir", "a logo drawn by residents");
        var evidence = Text(1000, "minutes 2025-03", "photo album", "registration 51011500123");
        var step = Gen.Frequency(
            (3, from key in Gen.Elements(keys)
                from text in content
                select (ProgrammeCommand)new ProgrammeCommand.RecordContent(key, text)),
            (3, from key in Gen.Elements(keys)
                from text in evidence
                from day in Day
                select (ProgrammeCommand)new ProgrammeCommand.AddEvidence(key, text, day)),
            (3, from key in Gen.Elements(keys)
                from day in Day
                select (ProgrammeCommand)new ProgrammeCommand.MarkFulfilled(key, day)));
        return Gen.Choose(0, 30).SelectMany(count => Gen.ArrayOf(step, count));
    }
}
