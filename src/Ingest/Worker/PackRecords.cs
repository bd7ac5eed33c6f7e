using AgendaSearch.Records;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Records;

namespace AgendaSearch.Ingest.Worker;

/// <summary>The production record mapping: <see cref="RecordBuilder"/>.</summary>
public sealed class PackRecords : IPackRecords
{
    public IReadOnlyList<SearchRecord> Build(AgendaPack pack, string packId) => RecordBuilder.Build(pack, packId);
}
