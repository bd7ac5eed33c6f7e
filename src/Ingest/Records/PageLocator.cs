using AgendaSearch.Records;
using AgendaSearch.Ingest.Extraction;

namespace AgendaSearch.Ingest.Records;

/// <summary>
/// Finds where each physical page of a span begins in a record's text, so a snippet can cite
/// its page. The parsers build a record's text from its pages' lines but may drop running
/// headers, footers and stamps, so a page's start is the first of its opening lines that occurs
/// in the text after the previous page's start; a page none of whose opening lines is found is
/// placed proportionally between its neighbours.
/// </summary>
internal sealed class PageLocator(IReadOnlyList<PackPage> pages)
{
    /// <summary>Lines shorter than this ("3", "Page 4") occur anywhere and would mislead.</summary>
    private const int MinLineLength = 8;

    private const int LinesTried = 4;

    private readonly Dictionary<int, PackPage> _byNumber = pages
        .GroupBy(p => p.Number)
        .ToDictionary(g => g.Key, g => g.First());

    /// <summary>Entry i is the offset in <paramref name="text"/> where page <c>span[0] + i</c> begins.</summary>
    public IReadOnlyList<int> Starts(string text, int[] span)
    {
        if (span.Length == 0)
        {
            return [];
        }

        var (first, last) = (span[0], Math.Max(span[0], span[^1]));
        var starts = new int?[last - first + 1];
        starts[0] = 0;
        var cursor = 0;
        for (var page = first + 1; page <= last; page++)
        {
            if (_byNumber.TryGetValue(page, out var packPage) && Find(text, packPage, cursor) is { } found)
            {
                starts[page - first] = found;
                cursor = found;
            }
        }

        return FillGaps(starts, text.Length);
    }

    private static int? Find(string text, PackPage page, int from)
    {
        foreach (var line in page.Lines.Select(l => l.Text.Trim()).Where(t => t.Length >= MinLineLength).Take(LinesTried))
        {
            var at = text.IndexOf(line, from, StringComparison.Ordinal);
            if (at >= 0)
            {
                return at;
            }
        }

        return null;
    }

    /// <summary>Pages not found share the text between the found ones evenly, keeping order.</summary>
    private static int[] FillGaps(int?[] starts, int length)
    {
        var filled = new int[starts.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            if (starts[i] is { } known)
            {
                filled[i] = known;
                continue;
            }

            var next = i + 1;
            while (next < starts.Length && starts[next] is null)
            {
                next++;
            }

            var end = next < starts.Length ? starts[next]!.Value : length;
            var previous = filled[i - 1];
            filled[i] = previous + (end - previous) / (next - i + 1);
        }

        return filled;
    }
}
