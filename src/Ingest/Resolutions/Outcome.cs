namespace AgendaSearch.Ingest.Resolutions;

/// <summary>What became of a motion, as printed closing it.</summary>
internal enum Outcome
{
    Carried,
    NotCarried,
}
