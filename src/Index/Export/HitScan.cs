using AgendaSearch.Index.Search;

namespace AgendaSearch.Index.Export;

/// <summary>
/// Every hit of a search, read as the caller enumerates <see cref="Hits"/>: the scan holds only the
/// hits' document numbers and scores (a few bytes each) and the searcher they belong to; a record's
/// stored fields are read when its turn comes, so an export of 100,000 records never has them all in
/// memory. Dispose it when done to give the searcher back (a refresh cannot close it before then).
/// </summary>
public sealed class HitScan : IDisposable
{
    private readonly IDisposable? _owner;

    internal HitScan(int total, int count, IEnumerable<SearchHit> hits, IDisposable? owner)
    {
        Total = total;
        Count = count;
        Hits = hits;
        _owner = owner;
    }

    /// <summary>Every match of the query and filters, including any past the limit.</summary>
    public int Total { get; }

    /// <summary>How many hits <see cref="Hits"/> yields: <see cref="Total"/> capped at the limit.</summary>
    public int Count { get; }

    /// <summary>The hits in the request's order; enumerate once, before disposing the scan.</summary>
    public IEnumerable<SearchHit> Hits { get; }

    public void Dispose() => _owner?.Dispose();
}
