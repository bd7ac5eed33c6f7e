namespace AgendaSearch.PackGenerator.Content;

/// <summary>
/// A subject council reports are written about. <see cref="Terms"/> are the topic's own noun phrases, so a search
/// for "EHCP" or "gully cleansing" finds the reports on that topic, as in a real corpus.
/// </summary>
internal sealed record Topic(string Name, string DepartmentKey, IReadOnlyList<string> Terms, IReadOnlyList<string> Titles);
