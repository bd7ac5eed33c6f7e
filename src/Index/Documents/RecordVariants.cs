using AgendaSearch.Records;

namespace AgendaSearch.Index.Documents;

/// <summary>
/// One record id as each source pack gave it. The same minutes printed in the next meeting's
/// pack and in a separately published minutes file are one record with two variants: the text
/// and pages differ per document, so each is kept, and removing one pack promotes the other's
/// instead of leaving pages that point into a document no longer indexed.
/// </summary>
internal sealed class RecordVariants
{
    private readonly SortedDictionary<string, SearchRecord> _byPack = new(StringComparer.Ordinal);

    public IEnumerable<SearchRecord> All => _byPack.Values;

    public bool IsEmpty => _byPack.Count == 0;

    public void Set(string packId, SearchRecord record) =>
        _byPack[packId] = record with { PackId = packId, Sources = [packId] };

    public void Remove(string packId) => _byPack.Remove(packId);

    /// <summary>
    /// The variant shown and searched, with every pack in Sources. A variant the builder derived
    /// (a meeting known only from the minutes that record it) gives way to one read from the
    /// meeting's own document; otherwise the first pack id in ordinal order, so the result does
    /// not depend on the order the packs were indexed in.
    /// </summary>
    public SearchRecord Chosen()
    {
        if (IsEmpty)
        {
            throw new InvalidOperationException("A record with no source has nothing to show.");
        }

        var chosen = _byPack.Values
            .OrderBy(r => r.Extra.ContainsKey(RecordExtras.DerivedFrom) ? 1 : 0)
            .First();
        return chosen with { Sources = [.. _byPack.Keys] };
    }
}
