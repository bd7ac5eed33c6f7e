namespace AgendaSearch.Index.Trail;

/// <summary>Whether a trail step could be linked to a record, and if not, why.</summary>
internal static class TrailStatus
{
    public const string Found = "found";

    /// <summary>The pack that would hold it (that meeting's agenda or minutes) is not indexed.</summary>
    public const string NotInCorpus = "not-in-corpus";

    /// <summary>That pack is indexed but holds no record the link can be made to.</summary>
    public const string NotFound = "not-found";
}
