using System.Collections.Concurrent;
using System.Text;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Extraction.Ocr;
using AgendaSearch.Ingest.Isolation;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Tests.Worker.Fixtures;

/// <summary>
/// Stands in for the child process in pipeline tests: a "PDF" is text, one page per line; "FAIL reason"
/// fails with that reason and "SCAN n" is n pages without text; "OCR" on the first line makes the other lines
/// pages read by OCR, reported page by page (<see cref="DuringOcr"/> runs after the first). Counts extractions per file, which is how
/// tests see that an unchanged file is not parsed again.
/// </summary>
internal sealed class FakeExtractor(string root) : IPackExtractor
{
    private readonly ConcurrentDictionary<string, int> calls = new();

    /// <summary>Runs before a file is read (a test changes the file mid-extraction with it).</summary>
    public Func<string, Task>? BeforeRead { get; set; }

    /// <summary>Runs after the first page of an "OCR" file is reported (a test looks at the status then).</summary>
    public Action<string>? DuringOcr { get; set; }

    public int Calls(string file) => calls.GetValueOrDefault(file);

    public int TotalCalls => calls.Values.Sum();

    public Task<ExtractionResult> ExtractAsync(string path, CancellationToken cancellation) => ExtractAsync(path, null, cancellation);

    public async Task<ExtractionResult> ExtractAsync(string path, Action<OcrCount>? ocrProgress, CancellationToken cancellation)
    {
        var file = Path.GetRelativePath(root, path).Replace('\\', '/');
        calls.AddOrUpdate(file, 1, (_, n) => n + 1);
        if (BeforeRead is { } hook)
            await hook(file);
        var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellation);
        if (text.StartsWith("FAIL ", StringComparison.Ordinal))
            return ExtractionResult.Failed(text[5..].Trim());
        if (text.StartsWith("SCAN ", StringComparison.Ordinal))
            return ExtractionResult.Parsed(Pack(file, []), int.Parse(text[5..]));
        if (text.StartsWith("OCR\n", StringComparison.Ordinal))
        {
            var scanned = text[4..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
            for (var done = 0; done <= scanned.Length; done++)
            {
                ocrProgress?.Invoke(new OcrCount(done, scanned.Length));
                if (done == 1)
                    DuringOcr?.Invoke(file);
            }
            return ExtractionResult.Parsed(Pack(file, scanned, ocr: true), scanned.Length, scanned.Length);
        }
        var pages = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return ExtractionResult.Parsed(Pack(file, pages), pages.Length);
    }

    private static AgendaPack Pack(string file, string[] pages, bool ocr = false) =>
        PackParser.Parse(new PackText(Path.GetFileName(file), pages
            .Select((line, i) => new PackPage(i + 1, null, 612, 792, [new PageLine(line, 72, 720, 300, 11, false)], Ocr: ocr))
            .ToList()));
}
