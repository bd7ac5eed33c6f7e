namespace AgendaSearch.Index.Search;

/// <summary>A query a person typed that cannot be parsed; the message says what to change.</summary>
public sealed class QuerySyntaxException(string message, Exception? inner = null) : Exception(message, inner);
