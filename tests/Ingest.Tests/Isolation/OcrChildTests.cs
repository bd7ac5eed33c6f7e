using AgendaSearch.Ingest.Extraction.Ocr;
using AgendaSearch.Ingest.Isolation;
using AgendaSearch.Ingest.Tests.Fixtures;
using AgendaSearch.Ingest.Tests.Worker;
using AgendaSearch.Ingest.Tests.Worker.Fixtures;

namespace AgendaSearch.Ingest.Tests.Isolation;

/// <summary>
/// OCR inside the pooled extraction child, with stand-ins for Tesseract (shell scripts) so the tests are quick and
/// can misbehave on purpose: progress reaches the parent, the deadline grows with the scanned pages, and a file
/// that breaks OCR fails with a reason while the pool carries on.
/// </summary>
public sealed class OcrChildTests : IDisposable
{
    private readonly TempFolder folder = new();

    /// <summary>A Tesseract that waits <paramref name="seconds"/> and then prints the recorded TSV of a minutes page.</summary>
    private string SlowTesseract(int seconds) =>
        Script("tesseract-slow", $"sleep {seconds}\ncat '{FixtureText.PathOf("Extraction/Ocr", "minutes-page.tsv")}'");

    private string Script(string name, string body)
    {
        var path = folder.Write(name, System.Text.Encoding.ASCII.GetBytes("#!/bin/sh\n" + body + "\n"));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    /// <summary>A pdftoppm that renders at once: it leaves an empty image where the real one would (its last argument + ".pgm").</summary>
    private string QuickPdftoppm() => Script("pdftoppm-quick", "for a; do last=$a; done\n: > \"$last.pgm\"");

    private OcrSettings Settings(string tesseract, TimeSpan page) =>
        OcrSettings.CommandLine with { Tesseract = tesseract, Pdftoppm = QuickPdftoppm(), PageTimeout = page };

    [Fact]
    public async Task A_scanned_page_is_read_in_the_child_with_progress_and_a_deadline_that_grows_with_the_pages()
    {
        // The file's own timeout is shorter than the OCR takes: only the time granted per scanned page lets it finish
        // (it is long enough for the child, at low priority, to reach the OCR on a busy machine).
        using var extractor = new ChildProcessExtractor(TimeSpan.FromSeconds(15), 1024, ocr: Settings(SlowTesseract(25), TimeSpan.FromSeconds(60)));
        var heard = new List<OcrCount>();
        // A first file so the child has started and warmed up: the deadline below is then all the scan's.
        await extractor.ExtractAsync(folder.Write("pack.pdf", HostilePdfs.Text("Scrutiny Commission")), CancellationToken.None);

        var result = await extractor.ExtractAsync(folder.Write("scan.pdf", HostilePdfs.ImageOnly(pages: 1)), c => { lock (heard) heard.Add(c); }, CancellationToken.None);

        Assert.Null(result.Error);
        Assert.Equal(1, result.OcrPages);
        Assert.Equal([new OcrCount(0, 1), new OcrCount(1, 1)], heard);
        var page = Assert.Single(result.Pack!.Pages);
        Assert.True(page.Ocr);
        Assert.StartsWith("Minutes of a meeting of the Scrutiny Commission", page.Text);
    }

    [Fact]
    public async Task A_file_that_breaks_ocr_fails_with_a_reason_and_the_next_file_is_read()
    {
        var broken = Script("tesseract-broken", "echo 'Error in pixReadStream: Unknown format: no pix returned' >&2\nexit 1");
        using var extractor = new ChildProcessExtractor(TimeSpan.FromSeconds(60), 1024, ocr: Settings(broken, TimeSpan.FromSeconds(60)));

        var failed = await extractor.ExtractAsync(folder.Write("scan.pdf", HostilePdfs.ImageOnly(pages: 2)), CancellationToken.None);
        var next = await extractor.ExtractAsync(folder.Write("pack.pdf", HostilePdfs.Text("Scrutiny Commission")), CancellationToken.None);

        Assert.Null(failed.Pack);
        Assert.Equal($"OCR failed on page 1: {broken} exit code 1: Error in pixReadStream: Unknown format: no pix returned", failed.Error);
        Assert.Null(next.Error);
    }

    [Fact]
    public async Task A_page_that_hangs_ocr_fails_its_file_after_the_page_timeout()
    {
        using var extractor = new ChildProcessExtractor(TimeSpan.FromSeconds(60), 1024, ocr: Settings(SlowTesseract(60), TimeSpan.FromSeconds(1)));

        var result = await extractor.ExtractAsync(folder.Write("scan.pdf", HostilePdfs.ImageOnly(pages: 1)), CancellationToken.None);

        Assert.EndsWith("tesseract-slow timed out after 1 s", result.Error);
        Assert.StartsWith("OCR failed on page 1: ", result.Error);
    }

    [Fact]
    public async Task Without_ocr_a_scan_is_no_text()
    {
        using var extractor = new ChildProcessExtractor(TimeSpan.FromSeconds(60), 1024);

        var result = await extractor.ExtractAsync(folder.Write("scan.pdf", HostilePdfs.ImageOnly(pages: 1)), CancellationToken.None);

        Assert.Equal(AgendaSearch.Ingest.Extraction.PdfReadFailure.NoText, result.Failure);
        Assert.Null(result.OcrPages);
    }

    public void Dispose() => folder.Dispose();
}
