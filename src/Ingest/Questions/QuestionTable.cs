using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Questions;

/// <summary>
/// Questions that minutes list in a ruled table, "Ref No | Name | Title", one row a submission: the
/// first reference number, the person and the subject. A reference covering several questions wraps
/// in its narrow column ("01 &amp;" / "02"), and names and titles wrap on their own, so a line that opens
/// no new reference continues the row above. Only a table under a line about questions counts: the
/// statements table beside it has the same columns.
/// </summary>
internal static partial class QuestionTable
{
    /// <summary>How many lines above the header the line saying these are questions may stand.</summary>
    private const int Lead = 3;

    /// <summary>How far left of the title column's heading a title cell may start.</summary>
    private const double Slack = 6;

    public sealed record Row(int Number, string Name, string Title, int Page);

    /// <summary>The rows of a questions table whose header is line <paramref name="i"/>, and its last line.</summary>
    public static (List<Row> Rows, int End)? Read(IReadOnlyList<PackLine> lines, int i)
    {
        if (!Header().IsMatch(lines[i].Text) || lines[i].Cells is not { } head)
            return null;
        if (!lines.Skip(Math.Max(0, i - Lead)).Take(Math.Min(i, Lead)).Any(l => l.Text.Contains("question", StringComparison.OrdinalIgnoreCase)))
            return null;
        var titleX = head.Last().X - Slack;
        var rows = new List<(int Number, List<string> Name, List<string> Title, int Page)>();
        var refOpen = false;
        var end = i;
        for (var k = i + 1; k < lines.Count; k++)
        {
            var line = lines[k];
            var cells = line.Cells ?? [new Extraction.LineCell(line.X, line.Text, 0)];
            var first = Reference().Match(cells[0].Text);
            if (k == i + 1 && NoLine().IsMatch(line.Text))
            {
                end = k;
                continue;
            }
            if (line.AfterBreak && !first.Success)
                break;
            var opens = first.Success && !refOpen && !"&,".Contains(first.Value[0]);
            var name = new List<string>();
            var title = new List<string>();
            foreach (var cell in cells)
            {
                var text = cell == cells[0] && first.Success ? cell.Text[first.Length..].Trim() : cell.Text.Trim();
                if (text.Length > 0)
                    (cell.X >= titleX ? title : name).Add(text);
            }
            if (opens)
                rows.Add((int.Parse(Digits().Match(first.Value).Value), name, title, line.Page));
            else if (rows.Count > 0)
            {
                rows[^1].Name.AddRange(name);
                rows[^1].Title.AddRange(title);
            }
            else
                break;
            refOpen = first.Success && OpenEnded().IsMatch(first.Value) || (refOpen && !first.Success && name.Count + title.Count == 0);
            end = k;
        }
        return rows.Count == 0
            ? null
            : (rows.Select(r => new Row(r.Number, string.Join(' ', r.Name), string.Join(' ', r.Title), r.Page)).ToList(), end);
    }

    [GeneratedRegex(@"^Ref(?:\.|erence)?(?:\s+No\.?)?\s+(?:Name\s+)?(?:Title|Subject)$", RegexOptions.IgnoreCase)]
    private static partial Regex Header();

    [GeneratedRegex(@"^No\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoLine();

    /// <summary>The reference numbers opening a row ("06, 07", "01 &amp;") or continuing one ("&amp; 08").</summary>
    [GeneratedRegex(@"^(?:[&,]\s*)?\d{1,3}(?:\s*(?:,|&|and)\s*\d{1,3})*(?:\s*[,&])?(?=\s|$)")]
    private static partial Regex Reference();

    [GeneratedRegex(@"[,&]$")]
    private static partial Regex OpenEnded();

    [GeneratedRegex(@"\d{1,3}")]
    private static partial Regex Digits();
}
