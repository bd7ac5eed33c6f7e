using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Tests.Worker.Fixtures;

namespace AgendaSearch.Ingest.Tests.Worker;

/// <summary>The worker gives each file the council of its folder's council.json, else of its text, else of its folder.</summary>
public sealed class CouncilFolderTests : IAsyncLifetime
{
    private readonly PipelineHarness harness = new();

    [Fact]
    public async Task Each_file_gets_the_council_its_folder_or_its_text_names()
    {
        harness.Write("kent/council.json", """{ "name": "Kent County Council" }""");
        harness.Write("kent/2025/cabinet.pdf", "LEICESTERSHIRE COUNTY COUNCIL\nCabinet");
        harness.Write("letterhead.pdf", "MILBURN PARISH COUNCIL\nMinutes");
        harness.Write("milburn/agenda.pdf", "Agenda of the meeting\nApologies for absence");
        harness.Write("unnamed.pdf", "Agenda of the meeting\nDeclarations of interest");

        await harness.SyncAsync();

        var councils = harness.Index.Search(new SearchRequest { PageSize = 100 }).Hits
            .GroupBy(h => h.Record.PackId)
            .ToDictionary(g => g.Key, g => g.Select(h => h.Record.Council).Distinct().Single());
        Assert.All(new[] { "kent/2025/cabinet.pdf", "letterhead.pdf", "milburn/agenda.pdf", "unnamed.pdf" }, file => Assert.Equal(Ledger.FileState.Indexed, harness.Entry(file).State));
        Assert.Equal("Kent County Council", councils[harness.Entry("kent/2025/cabinet.pdf").PackId!]);
        Assert.Equal("Milburn Parish Council", councils[harness.Entry("letterhead.pdf").PackId!]);
        Assert.Equal("milburn", councils[harness.Entry("milburn/agenda.pdf").PackId!]);
        Assert.Null(councils[harness.Entry("unnamed.pdf").PackId!]);

        var kent = harness.Index.Search(new SearchRequest { Councils = ["kent-county-council"] });
        Assert.Equal(2, kent.Total);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await harness.DisposeAsync();
}
