using AgendaSearch.Records;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Worker;

/// <summary>Turns a parsed pack into the records the index stores under <paramref name="packId"/>.</summary>
public interface IPackRecords
{
    IReadOnlyList<SearchRecord> Build(AgendaPack pack, string packId);
}
