namespace AgendaSearch.Ingest.Minutes;

/// <summary>How a minute entry records its decisions, which decides how its resolutions are read.</summary>
internal enum EntryKind
{
    /// <summary>A numbered or headed minute: RESOLVED blocks, decision labels or decision wording in its text.</summary>
    Minute,

    /// <summary>A numbered resolution block ("R2024-206 D. Yemm, S. Foote:"): the entry is the resolution, unless deferred or lost.</summary>
    Resolution,

    /// <summary>A US city's file-numbered item ("(22-505) Recommendation ... Accepted."): decided by an outcome word after its title.</summary>
    FileItem,
}
