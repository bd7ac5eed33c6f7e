namespace AgendaSearch.Index.Storage;

/// <summary>
/// The version of the document layout (fields, analysers, stored values) this build writes and reads,
/// kept in every commit's user data. The index is a cache of the corpus, so an index written by another
/// layout is not migrated: it is opened empty and the ingest worker, finding an empty ledger, reads every
/// pack again. Without this an upgraded service would silently miss matches in fields the old index
/// lacks (prefix words, snippet text) until someone deleted the folder by hand.
/// </summary>
internal static class IndexSchema
{
    /// <summary>User-data key of the version.</summary>
    public const string Key = "agendasearch.schema";

    /// <summary>Bump whenever a field is added, removed, analysed or stored differently.</summary>
    /// <remarks>
    /// 3: text postings with offsets, the hit record and its text in binary doc values (h-fast).
    /// 4: the hit text's blocks compressed with LZ4 instead of Brotli (h-snip); no date_sort doc values (dates
    /// sort from the field cache).
    /// 5: the council (SearchRecord.Council) in the hit record, its facet and filter keys, the id without it (h-council).
    /// 6: the hit is every variant merged (other documents' words searchable), the shown variant stored apart
    /// (h-lossless); "section" records and document-scoped ids for meetings whose body or date is unknown;
    /// the parts of dotted and apostrophised words indexed beside the whole (WordPartsFilter).
    /// 7: the acronym definitions each record prints, its capitalised acronyms and its glossary scope (h-acro).
    /// 8: the post an item's report is by or of, searchable (reportBy) (h-integ).
    /// </remarks>
    public const string Version = "8";

    /// <summary>
    /// The version an existing index was written with, when it is not <see cref="Version"/>: "none" for
    /// an index from before versions were kept; null when the index is current or new.
    /// </summary>
    public static string? Outdated(IReadOnlyDictionary<string, string> committedUserData, bool indexExists)
    {
        if (!indexExists)
        {
            return null;
        }

        var found = committedUserData.GetValueOrDefault(Key);
        return found == Version ? null : found ?? "none";
    }
}
