using AgendaSearch.Index.Documents;
using AgendaSearch.Index.Querying;
using AgendaSearch.Records;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AgendaSearch.Index.Storage;

/// <summary>
/// Writes a pack's records. Each record id is one document whose variants (one per source pack)
/// are merged here, so the writer reads the current state through its own near-real-time view:
/// that view sees writes not yet committed, while the public searchers only move on Commit.
/// Called from one writer thread at a time (the index holds a lock around it).
/// </summary>
internal sealed class PackWriter(IndexWriter writer, NrtSearchers view)
{
    public void Replace(string packId, IReadOnlyList<SearchRecord> records)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(packId);
        if (records.FirstOrDefault(r => string.IsNullOrWhiteSpace(r.Id) || !Enum.IsDefined(r.Type)) is { } blank)
        {
            throw new ArgumentException($"Pack {packId} has a record with no id or type (title \"{blank.Title}\").", nameof(records));
        }

        var duplicates = records.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new ArgumentException(
                $"Pack {packId} has several records with the id(s) {string.Join(", ", duplicates)}; ids must be unique.",
                nameof(records));
        }

        view.Refresh();
        using var lease = view.Acquire();
        var previous = FromPack(lease.Searcher, packId);
        foreach (var record in records)
        {
            var variants = previous.GetValueOrDefault(record.Id) ?? Find(lease.Searcher, record.Id) ?? new RecordVariants();
            variants.Set(packId, record);
            writer.UpdateDocument(IdTerm(record.Id), RecordDocument.Create(variants));
        }

        var kept = records.Select(r => r.Id).ToHashSet();
        RemoveFrom(packId, previous.Where(kv => !kept.Contains(kv.Key)));
    }

    public void Remove(string packId)
    {
        view.Refresh();
        using var lease = view.Acquire();
        RemoveFrom(packId, FromPack(lease.Searcher, packId));
    }

    /// <summary>Drops the pack's variant; a record left with no source is deleted.</summary>
    private void RemoveFrom(string packId, IEnumerable<KeyValuePair<string, RecordVariants>> records)
    {
        foreach (var (id, variants) in records)
        {
            variants.Remove(packId);
            if (variants.IsEmpty)
            {
                writer.DeleteDocuments(IdTerm(id));
            }
            else
            {
                writer.UpdateDocument(IdTerm(id), RecordDocument.Create(variants));
            }
        }
    }

    private static Dictionary<string, RecordVariants> FromPack(IndexSearcher searcher, string packId)
    {
        var records = new Dictionary<string, RecordVariants>();
        foreach (var doc in AllDocsCollector.Search(searcher, new TermQuery(new Term(FieldNames.Source, packId))))
        {
            var variants = RecordDocument.ReadVariants(searcher.IndexReader, doc);
            records[variants.Shown().Id] = variants;
        }

        return records;
    }

    private static RecordVariants? Find(IndexSearcher searcher, string id)
    {
        var hits = searcher.Search(new TermQuery(IdTerm(id)), 1);
        return hits.TotalHits == 0 ? null : RecordDocument.ReadVariants(searcher.IndexReader, hits.ScoreDocs[0].Doc);
    }

    private static Term IdTerm(string id) => new(FieldNames.Id, id);
}
