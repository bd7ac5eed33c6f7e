using System.Diagnostics;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Isolation;
using AgendaSearch.Ingest.Tests.Worker.Fixtures;

namespace AgendaSearch.Ingest.Tests.Worker;

/// <summary>Every hostile file through the real `extract` child process: the parent gets a reason, never an exception.</summary>
public sealed class ChildProcessExtractorTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ChildProcessExtractor extractor = new(TimeSpan.FromSeconds(60), 1024);

    public static TheoryData<string, string> Broken() => new()
    {
        { nameof(HostilePdfs.Empty), "empty file" },
        { nameof(HostilePdfs.NotPdf), "not a PDF" },
        { nameof(HostilePdfs.Truncated), "truncated" },
        { nameof(HostilePdfs.Encrypted), "encrypted: needs a password" },
        { nameof(HostilePdfs.XObjectCycle), "parser crashed: stack overflow" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task A_broken_file_comes_back_as_a_reason(string kind, string reason)
    {
        var path = folder.Write(kind + ".pdf", Make(kind));

        var result = await extractor.ExtractAsync(path, CancellationToken.None);

        Assert.Null(result.Pack);
        Assert.StartsWith(reason, result.Error);
    }

    [Fact]
    public async Task The_stack_overflow_kills_the_child_not_the_parent()
    {
        var path = folder.Write("cycle.pdf", HostilePdfs.XObjectCycle());
        using var child = Process.Start(IngestProcess.Extract(path, 1024))!;
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync();

        Assert.NotEqual(0, child.ExitCode);
        Assert.NotEqual(1, child.ExitCode);
        Assert.Equal("", await stdout);
        Assert.Contains("Stack overflow", await stderr);
    }

    [Fact]
    public async Task A_readable_pdf_comes_back_parsed_with_its_page_count()
    {
        var path = folder.Write("pack.pdf", HostilePdfs.Text("Scrutiny Commission", "Minutes of the meeting"));

        var result = await extractor.ExtractAsync(path, CancellationToken.None);

        Assert.Null(result.Error);
        Assert.Equal(2, result.Pages);
        Assert.Contains("Minutes of the meeting", result.Pack!.Pages[1].Text);
    }

    [Fact]
    public async Task A_pdf_encrypted_with_an_empty_user_password_opens_normally()
    {
        var path = folder.Write("open.pdf", HostilePdfs.Encrypted("", "Public reports pack"));

        var result = await extractor.ExtractAsync(path, CancellationToken.None);

        Assert.Null(result.Error);
        Assert.Contains("Public reports pack", result.Pack!.Pages[0].Text);
    }

    [Fact]
    public async Task A_page_tree_that_contains_itself_has_no_pages()
    {
        var path = folder.Write("loop.pdf", HostilePdfs.PageTreeLoop());

        var result = await extractor.ExtractAsync(path, CancellationToken.None);

        Assert.Null(result.Error);
        Assert.Equal(0, result.Pages);
    }

    [Fact]
    public async Task An_image_only_pdf_is_reported_as_having_no_text()
    {
        var path = folder.Write("scan.pdf", HostilePdfs.ImageOnly(pages: 3));

        var result = await extractor.ExtractAsync(path, CancellationToken.None);

        Assert.Equal(PdfReadFailure.NoText, result.Failure);
        Assert.StartsWith("no text", result.Error);
    }

    [Fact]
    public async Task A_child_past_its_deadline_is_killed_and_reported()
    {
        var path = folder.Write("pack.pdf", HostilePdfs.Text("Agenda"));
        using var impatient = new ChildProcessExtractor(TimeSpan.FromMilliseconds(1), 1024);

        var result = await impatient.ExtractAsync(path, CancellationToken.None);

        Assert.Equal("timed out after 0 s", result.Error);
    }

    [Fact]
    public async Task A_child_over_its_memory_cap_is_reported_as_out_of_memory()
    {
        using var capped = new ChildProcessExtractor(TimeSpan.FromSeconds(60), memoryLimitMb: 4);

        var result = await capped.ExtractAsync(Corpus.Pack(Corpus.July2021), CancellationToken.None);

        Assert.StartsWith(PdfProblems.OutOfMemory, result.Error);
    }

    private static byte[] Make(string kind) => kind switch
    {
        nameof(HostilePdfs.Empty) => HostilePdfs.Empty(),
        nameof(HostilePdfs.NotPdf) => HostilePdfs.NotPdf(),
        nameof(HostilePdfs.Truncated) => HostilePdfs.Truncated(),
        nameof(HostilePdfs.Encrypted) => HostilePdfs.Encrypted("secret", "Exempt report"),
        nameof(HostilePdfs.XObjectCycle) => HostilePdfs.XObjectCycle(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public void Dispose()
    {
        extractor.Dispose();
        folder.Dispose();
    }
}
