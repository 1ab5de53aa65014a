using System.Globalization;
using System.Text;

namespace Wenjiang.Report;

/// <summary>
/// A plain-text table whose columns line up in a terminal even when cells mix Chinese and Latin text: a CJK character
/// takes two columns on screen, so widths are counted in display columns, not characters.
/// </summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _rightAligned;
    private readonly List<string[]> _rows = [];

    /// <summary>Creates a table; a header starting with '>' is right-aligned (numbers).</summary>
    /// <param name="headers">The column headers.</param>
    public TextTable(params string[] headers)
    {
        _rightAligned = [.. headers.Select(h => h.StartsWith('>'))];
        _headers = [.. headers.Select(h => h.TrimStart('>'))];
    }

    /// <summary>Adds a row.</summary>
    /// <param name="cells">The cells, one per column.</param>
    /// <returns>This table.</returns>
    public TextTable Add(params object?[] cells)
    {
        _rows.Add([.. cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture) ?? string.Empty)]);
        return this;
    }

    /// <summary>Writes the table, its header underlined.</summary>
    /// <param name="writer">Where to.</param>
    public void WriteTo(TextWriter writer)
    {
        var widths = _headers.Select((h, i) => _rows.Select(r => Width(r[i])).Append(Width(h)).Max()).ToArray();
        WriteRow(writer, _headers, widths);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
        foreach (var row in _rows)
        {
            WriteRow(writer, row, widths);
        }
    }

    /// <summary>The number of terminal columns a text takes: two for each East Asian wide character.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its display width.</returns>
    public static int Width(string text) => text.Sum(c => IsWide(c) ? 2 : 1);

    private void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            var pad = new string(' ', widths[i] - Width(cells[i]));
            line.Append(_rightAligned[i] ? pad + cells[i] : cells[i] + pad);
            if (i < cells.Length - 1)
            {
                line.Append("  ");
            }
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');
}
