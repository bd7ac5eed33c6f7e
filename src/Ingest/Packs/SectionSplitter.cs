using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Minutes;
using AgendaSearch.Ingest.Reports;

namespace AgendaSearch.Ingest.Packs;

/// <summary>
/// Stage 2: lines to sections. A section starts at a minutes header, a report start, the line after
/// the signature that closes minutes, or an "Agenda Item N" stamp; a stamp within a few lines of another
/// start only labels it (the 2021 seed pack prints its item 8 title above the stamp). Lines before the
/// first start are the front sheet.
/// </summary>
internal static partial class SectionSplitter
{
    /// <summary>Starts closer than this (same page) are one start: a header and its "REPORT OF" line.</summary>
    private const int Merge = 8;

    /// <summary>How far a stamp may sit from a start it labels.</summary>
    private const int StampReach = 3;

    public static IReadOnlyList<PackSection> Split(LinedPack pack)
    {
        var lines = pack.Lines;
        var starts = new SortedDictionary<int, (SectionKind Kind, int? Item)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (MinutesHeader.Read(lines, i) is not null)
                Add(starts, lines, TitleAbove(lines, i), SectionKind.Minutes);
            else if (ReportStart.IsStart(lines, i))
                Add(starts, lines, i, SectionKind.Report);
            else if (i + 1 < lines.Count && KindAt(starts, i) == SectionKind.Minutes && MinutesSignature.IsEnd(lines, i))
                starts[i + 1] = (SectionKind.Report, null);
        }
        foreach (var stamp in pack.Stamps)
            Label(starts, lines, stamp);
        return Build(starts, lines);
    }

    /// <summary>
    /// Title lines right above a minutes header belong to the minutes: capitalised ("KENT COUNTY
    /// COUNCIL" / "CABINET"), or the council's name ("Bristol City Council").
    /// </summary>
    private static int TitleAbove(IReadOnlyList<PackLine> lines, int i)
    {
        var start = i;
        while (start > 0 && i - start < 2 && !lines[start].FirstOnPage && IsTitle(lines[start - 1].Text))
            start--;
        return start;
    }

    private static bool IsTitle(string text) =>
        Words.Count(text) <= 8 && (Words.IsAllCaps(text) || CouncilName().IsMatch(text));

    [GeneratedRegex(@"^(?:[A-Z][\w'’&-]*\s+){1,5}(?:Council|Authority)$")]
    private static partial Regex CouncilName();

    private static void Add(SortedDictionary<int, (SectionKind Kind, int? Item)> starts, IReadOnlyList<PackLine> lines, int at, SectionKind kind)
    {
        var near = starts.Keys.Where(k => k <= at && at - k <= Merge && lines[k].Page == lines[at].Page).Cast<int?>().LastOrDefault();
        if (near is int k)
        {
            if (kind > starts[k].Kind)
                starts[k] = (kind, starts[k].Item);
            return;
        }
        starts[at] = (kind, null);
    }

    private static void Label(SortedDictionary<int, (SectionKind Kind, int? Item)> starts, IReadOnlyList<PackLine> lines, ItemStamp stamp)
    {
        if (stamp.Line >= lines.Count)
            return;
        var candidates = stamp.PageLevel
            ? starts.Keys.Where(k => lines[k].Page == stamp.Page)
            : starts.Keys.Where(k => Math.Abs(k - stamp.Line) <= StampReach && lines[k].Page == stamp.Page);
        var near = candidates.Where(k => starts[k].Item is null).OrderBy(k => Math.Abs(k - stamp.Line)).Cast<int?>().FirstOrDefault();
        if (near is int k)
            starts[k] = (starts[k].Kind, stamp.Item);
        else if (!starts.ContainsKey(stamp.Line))
            starts[stamp.Line] = (SectionKind.Report, stamp.Item);
    }

    private static SectionKind? KindAt(SortedDictionary<int, (SectionKind Kind, int? Item)> starts, int i)
    {
        SectionKind? kind = null;
        foreach (var (k, v) in starts)
        {
            if (k > i)
                break;
            kind = v.Kind;
        }
        return kind;
    }

    private static IReadOnlyList<PackSection> Build(SortedDictionary<int, (SectionKind Kind, int? Item)> starts, IReadOnlyList<PackLine> lines)
    {
        var sections = new List<PackSection>();
        var bounds = starts.Keys.Append(lines.Count).ToList();
        if (bounds[0] > 0)
            sections.Add(new PackSection(SectionKind.Front, Slice(lines, 0, bounds[0]), null));
        for (var s = 0; s + 1 < bounds.Count; s++)
        {
            var (kind, item) = starts[bounds[s]];
            var slice = Slice(lines, bounds[s], bounds[s + 1]);
            if (slice.Count > 0)
                sections.Add(new PackSection(kind, slice, item));
        }
        return sections;
    }

    private static List<PackLine> Slice(IReadOnlyList<PackLine> lines, int from, int to) =>
        lines.Skip(from).Take(to - from).ToList();
}
