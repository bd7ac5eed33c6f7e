namespace AgendaSearch.Index.Snippets;

/// <summary>An analysed token with its character offsets in the text and its position.</summary>
internal readonly record struct TextToken(string Term, int Start, int End, int Position);
