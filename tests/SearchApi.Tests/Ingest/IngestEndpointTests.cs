using System.Text.Json;
using AgendaSearch.Ingest.Tests.Worker.Fixtures;
using AgendaSearch.Ingest.Worker;
using AgendaSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AgendaSearch.SearchApi.Tests.Ingest;

/// <summary>
/// The web host with its worker on: files dropped into the corpus end up searchable or reported on
/// /api/ingest/status, hostile ones included, and the PDF link of a pack serves the very file it came from.
/// </summary>
public sealed class IngestEndpointTests : IDisposable
{
    private readonly TestApi api = new(services: services => services.PostConfigure<IngestOptions>(options =>
    {
        options.Enabled = true;
        options.Debounce = TimeSpan.FromMilliseconds(100);
    }));

    [Fact]
    public async Task Dropped_files_are_ingested_and_reported_with_their_state()
    {
        Write("2021/agenda.pdf", HostilePdfs.Text("Scrutiny Commission", "Parking enforcement review"));
        Write("2022/agenda.pdf", HostilePdfs.Text("Scrutiny Commission", "Library opening hours"));
        Write("scan.pdf", HostilePdfs.ImageOnly());
        Write("exempt.pdf", HostilePdfs.Encrypted("secret", "Exempt report"));
        Write("crash.pdf", HostilePdfs.XObjectCycle());

        var status = await SettledStatusAsync(files: 5);

        var files = status.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("file").GetString()!);
        Assert.Equal("indexed", files["2021/agenda.pdf"].GetProperty("state").GetString());
        Assert.Equal(2, files["2021/agenda.pdf"].GetProperty("pages").GetInt32());
        Assert.Equal("no-text", files["scan.pdf"].GetProperty("state").GetString());
        Assert.Equal("failed", files["exempt.pdf"].GetProperty("state").GetString());
        Assert.Equal("encrypted: needs a password", files["exempt.pdf"].GetProperty("error").GetString());
        Assert.Equal("parser crashed: stack overflow", files["crash.pdf"].GetProperty("error").GetString());
        Assert.False(files["crash.pdf"].TryGetProperty("packId", out _));
        var totals = status.GetProperty("totals");
        Assert.Equal((5, 2, 2, 1), (totals.GetProperty("files").GetInt32(), totals.GetProperty("indexed").GetInt32(),
            totals.GetProperty("failed").GetInt32(), totals.GetProperty("noText").GetInt32()));

        var second = files["2022/agenda.pdf"].GetProperty("packId").GetString()!;
        Assert.NotEqual("agenda", second);
        using var pdf = await api.Client.GetAsync($"/api/packs/{second}/pdf");
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(api.CorpusPath, "2022/agenda.pdf")), await pdf.Content.ReadAsByteArrayAsync());
    }

    private void Write(string file, byte[] bytes)
    {
        var path = Path.Combine(api.CorpusPath, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Polls the status until it lists <paramref name="files"/> files, none pending, all committed.</summary>
    private async Task<JsonElement> SettledStatusAsync(int files)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            var status = await api.GetJson("/api/ingest/status");
            var totals = status.GetProperty("totals");
            var progress = status.GetProperty("progress");
            if (totals.GetProperty("files").GetInt32() == files && totals.GetProperty("pending").GetInt32() == 0
                && progress.GetProperty("queued").GetInt32() == 0 && progress.GetProperty("extracting").GetInt32() == 0
                && progress.TryGetProperty("lastCommitAt", out var committed) && committed.ValueKind != JsonValueKind.Null
                && committed.GetDateTimeOffset() >= LatestIngest(status))
                return status;
            await Task.Delay(100, deadline.Token);
        }
    }

    private static DateTimeOffset LatestIngest(JsonElement status) =>
        status.GetProperty("files").EnumerateArray()
            .Select(f => f.TryGetProperty("ingestedAt", out var at) ? at.GetDateTimeOffset() : DateTimeOffset.MinValue)
            .Max();

    public void Dispose() => api.Dispose();
}
