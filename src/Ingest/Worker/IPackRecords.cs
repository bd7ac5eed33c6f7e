using AgendaSearch.Records;
using AgendaSearch.Ingest.Councils;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// Turns a parsed pack into the records the index stores under <paramref name="packId"/>; <paramref name="document"/>
/// says where in the corpus it lies and which council its folder names.
/// </summary>
public interface IPackRecords
{
    IReadOnlyList<SearchRecord> Build(AgendaPack pack, string packId, DocumentContext document);
}
