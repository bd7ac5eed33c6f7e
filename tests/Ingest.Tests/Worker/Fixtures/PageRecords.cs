using AgendaSearch.Records;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Worker;

namespace AgendaSearch.Ingest.Tests.Worker.Fixtures;

/// <summary>One record per page, id "packId:p{page}", so tests can read which pack's pages are in the index.</summary>
internal sealed class PageRecords : IPackRecords
{
    public IReadOnlyList<SearchRecord> Build(AgendaPack pack, string packId) =>
        pack.Pages.Select(page => new SearchRecord
        {
            Id = $"{packId}:p{page.Number}",
            Type = RecordKind.Item,
            Body = "Test Committee",
            PackId = packId,
            Title = page.Text,
            Text = page.Text,
            Pages = [page.Number],
            PageStarts = [0],
        }).ToList();
}
