using System.Text;
using AgendaSearch.Records;

namespace AgendaSearch.Index.Documents;

/// <summary>
/// One record id as each source pack gave it. The same minutes printed in the next meeting's pack and in a
/// separately published minutes file are one record with two variants; so are a front sheet's agenda line
/// and the officer report for that item published in another document. Each variant is kept, so removing
/// one pack promotes the other's instead of leaving pages that point into a document no longer indexed,
/// and what is searched and shown is their merge (<see cref="Merged"/>): no version's words are hidden.
/// </summary>
internal sealed class RecordVariants
{
    /// <summary>Put between the shown variant's text and the lines only other documents print.</summary>
    public const string OtherDocumentsBreak = "\n\n";

    private readonly SortedDictionary<string, SearchRecord> _byPack = new(StringComparer.Ordinal);

    public IEnumerable<SearchRecord> All => _byPack.Values;

    public bool IsEmpty => _byPack.Count == 0;

    public void Set(string packId, SearchRecord record) =>
        _byPack[packId] = record with { PackId = packId, Sources = [packId] };

    public void Remove(string packId) => _byPack.Remove(packId);

    /// <summary>
    /// The variant whose text, pages and pack are shown. One the builder derived (a meeting known only from
    /// the minutes that record it) gives way to one read from the meeting's own document; then the fullest
    /// text wins (an officer report over the front-sheet line naming it); then the first pack id in ordinal
    /// order, so the result does not depend on the order the packs were indexed in.
    /// </summary>
    public SearchRecord Shown()
    {
        if (IsEmpty)
        {
            throw new InvalidOperationException("A record with no source has nothing to show.");
        }

        return _byPack.Values
            .OrderBy(r => r.Extra.ContainsKey(RecordExtras.DerivedFrom) ? 1 : 0)
            .ThenByDescending(r => r.Text.Length)
            .First();
    }

    /// <summary>
    /// The record searched and shown: the <see cref="Shown"/> variant with every pack in Sources, the lines
    /// (and titles) of the other variants that carry words it lacks appended to its text after
    /// <see cref="OtherDocumentsBreak"/>, the officers of all, and fields it lacks taken from the others.
    /// </summary>
    public SearchRecord Merged()
    {
        var shown = Shown();
        var others = _byPack.Values.Where(v => v.PackId != shown.PackId).ToList();
        var merged = shown with { Sources = [.. _byPack.Keys] };
        if (others.Count == 0)
        {
            return merged;
        }

        var extra = new Dictionary<string, string>(shown.Extra);
        foreach (var (key, value) in others.SelectMany(o => o.Extra).Where(kv => kv.Key != RecordExtras.DerivedFrom))
        {
            extra.TryAdd(key, value);
        }

        if (!shown.Extra.ContainsKey(RecordExtras.DerivedFrom))
        {
            extra.Remove(RecordExtras.DerivedFrom);
        }

        return merged with
        {
            Title = shown.Title.Length > 0 ? shown.Title : others.Select(o => o.Title).FirstOrDefault(t => t.Length > 0) ?? "",
            Text = MergedText(shown, others),
            Officers = [.. shown.Officers.Concat(others.SelectMany(o => o.Officers)).Distinct(StringComparer.OrdinalIgnoreCase)],
            MeetingDate = shown.MeetingDate ?? others.Select(o => o.MeetingDate).FirstOrDefault(d => d is not null),
            AskedBy = shown.AskedBy ?? others.Select(o => o.AskedBy).FirstOrDefault(a => a is not null),
            AnsweredBy = shown.AnsweredBy ?? others.Select(o => o.AnsweredBy).FirstOrDefault(a => a is not null),
            ItemNumber = shown.ItemNumber ?? others.Select(o => o.ItemNumber).FirstOrDefault(n => n is not null),
            MinuteNumber = shown.MinuteNumber ?? others.Select(o => o.MinuteNumber).FirstOrDefault(n => n is not null),
            ResolutionLabel = shown.ResolutionLabel ?? others.Select(o => o.ResolutionLabel).FirstOrDefault(l => l is not null),
            ParentId = shown.ParentId ?? others.Select(o => o.ParentId).FirstOrDefault(p => p is not null),
            MeetingId = shown.MeetingId ?? others.Select(o => o.MeetingId).FirstOrDefault(m => m is not null),
            Extra = extra,
        };
    }

    /// <summary>The shown text, then each other variant's title and lines that say something it does not.</summary>
    private static string MergedText(SearchRecord shown, List<SearchRecord> others)
    {
        var words = RecordWords.SetOf(shown.Title + "\n" + shown.Text);
        var added = new List<string>();
        foreach (var line in others.SelectMany(o => o.Text.Split('\n').Prepend(o.Title)))
        {
            var lineWords = RecordWords.Of(line).ToList();
            if (lineWords.Exists(w => !words.Contains(w)))
            {
                added.Add(line.Trim());
                words.UnionWith(lineWords);
            }
        }

        return added.Count == 0
            ? shown.Text
            : new StringBuilder(shown.Text).Append(OtherDocumentsBreak).AppendJoin('\n', added).ToString();
    }
}
