using System.Net;
using System.Net.Http.Headers;
using AgendaSearch.SearchApi.Packs;
using AgendaSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using SeedPacks = AgendaSearch.Ingest.Tests.Corpus;

namespace AgendaSearch.SearchApi.Tests.Packs;

public sealed class PackEndpointTests : IDisposable
{
    private const string PackId = "scrutiny-commission-2021-07-12-agenda-pack";

    private readonly TestApi _api = new();
    private readonly string _pdf;

    public PackEndpointTests()
    {
        // A file name that only matches the id after slugging: upper case, spaces, ".PDF", a subfolder.
        _pdf = Path.Combine(_api.CorpusPath, "2021", "Scrutiny Commission 2021-07-12 Agenda Pack.PDF");
        Directory.CreateDirectory(Path.GetDirectoryName(_pdf)!);
        File.Copy(SeedPacks.Pack(SeedPacks.July2021), _pdf);
    }

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_known_pack_is_served_whole_as_a_pdf()
    {
        using var response = await _api.Client.GetAsync($"/api/packs/{PackId}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bytes", Assert.Single(response.Headers.AcceptRanges));
        Assert.Equal(await File.ReadAllBytesAsync(_pdf), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_range_request_gets_just_that_range()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/packs/{PackId}/pdf");
        request.Headers.Range = new RangeHeaderValue(0, 4);

        using var response = await _api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(new FileInfo(_pdf).Length, response.Content.Headers.ContentRange?.Length);
    }

    [Fact]
    public async Task An_unknown_pack_is_a_404_problem()
    {
        var problem = await _api.GetProblem("/api/packs/no-such-pack/pdf", 404);

        Assert.Equal("No such pack", problem.Str("title"));
    }

    [Fact]
    public async Task Requests_for_unknown_packs_do_not_walk_the_corpus_each_time()
    {
        for (var i = 0; i < 20; i++)
        {
            await _api.GetProblem($"/api/packs/no-such-pack-{i}/pdf", 404);
        }
        using var known = await _api.Client.GetAsync($"/api/packs/{PackId}/pdf");

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        // The ledger-backed registry falls back to the corpus registry for ids its ledger lacks.
        Assert.Equal(1, _api.Services.GetRequiredService<CorpusPackFiles>().Scans);
    }

    [Theory]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("..%2Fsecret")]
    [InlineData("..%5Csecret")]
    [InlineData("%2Ftmp%2Fsecret")]
    [InlineData("secret")]
    public async Task A_path_in_the_pack_id_reaches_no_file(string packId)
    {
        // A real PDF just outside the corpus, which a path built from the id would reach.
        await File.WriteAllBytesAsync(Path.Combine(_api.Root, "secret.pdf"), await File.ReadAllBytesAsync(_pdf));

        await _api.GetProblem($"/api/packs/{packId}/pdf", 404);
    }
}
