using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Extraction.Ocr;

namespace AgendaSearch.Ingest.Commands;

/// <summary>
/// `dump [--raw] FILE.pdf`: the extracted lines with position and font size, for working on the
/// parsers. Cells of a multi-column line are shown separated by " | ". --raw shows the lines
/// before cleaning (page numbers, stamps, headers and blank pages still in place).
/// </summary>
internal sealed class DumpCommand : ICommand
{
    public string Name => "dump";
    public string Usage => "dump [--raw] FILE.pdf  print extracted lines with x, y, font size and cells";

    public Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        var raw = args.Length == 2 && args[0] == "--raw";
        if (args.Length != 1 && !raw)
        {
            stderr.WriteLine("usage: " + Usage);
            return Task.FromResult(2);
        }
        var path = args[^1];
        var ocr = new OnDemandOcr(OcrSettings.CommandLine);
        var bytes = File.ReadAllBytes(path);
        var pages = raw ? PdfTextReader.ReadRawPages(bytes, ocr) : PdfTextReader.Read(Path.GetFileName(path), bytes, ocr).Pages;
        foreach (var page in pages)
        {
            stdout.WriteLine($"=== page {page.Number} printed={page.PrintedNumber} stamp={page.AgendaItemStamp}{(page.Ocr ? " ocr" : "")}");
            foreach (var l in page.Lines)
                stdout.WriteLine($"{l.X,6:F1} {l.Y,6:F1} {l.FontSize,4:F1} {(l.Bold ? "B" : " ")} | {string.Join(" | ", l.Columns.Select(c => c.Text))}");
        }
        return Task.FromResult(0);
    }
}
