using AgendaSearch.Index.Search;
using Lucene.Net.Search;

namespace AgendaSearch.Index.Glossary;

/// <summary>
/// A parsed query with its acronym expansions: the query to run, the expansions applied (for the response), and
/// for each clause an expansion added, the expansion (so an explanation of a hit's score can say why it matched).
/// </summary>
internal sealed record ExpandedQuery(
    Query Query,
    IReadOnlyList<QueryExpansion> Applied,
    IReadOnlyDictionary<Query, QueryExpansion> Clauses);
