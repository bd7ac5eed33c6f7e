namespace AgendaSearch.Index.Querying;

/// <summary>A word or phrase of a query as typed (before analysis), and whether it was in quotes.</summary>
internal sealed record TypedText(string Text, bool Quoted);
