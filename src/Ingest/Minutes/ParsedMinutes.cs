using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Minutes;

/// <summary>A parsed set of minutes and the lines of each entry's text, for the stages that read entries further (questions).</summary>
internal sealed record ParsedMinutes(MinutesRecord Record, IReadOnlyList<IReadOnlyList<PackLine>> Bodies);
