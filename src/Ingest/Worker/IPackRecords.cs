using AgendaSearch.Index.Records;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Worker;

/// <summary>Turns a parsed pack into the records the index stores under <paramref name="packId"/>.</summary>
internal interface IPackRecords
{
    IReadOnlyList<SearchRecord> Build(AgendaPack pack, string packId);
}
