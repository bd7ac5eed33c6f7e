using AgendaSearch.Index.Search;

namespace AgendaSearch.Ingest.Relevance;

/// <summary>One way a user asks for a need: the words typed into the search box and the filters set beside them.</summary>
public sealed record NeedQuery(string Text, SearchRequest Request, int Line);
