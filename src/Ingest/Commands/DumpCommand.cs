using AgendaSearch.Ingest.Extraction;

namespace AgendaSearch.Ingest.Commands;

/// <summary>`dump FILE.pdf`: the extracted lines with position and font size, for working on the parsers.</summary>
internal sealed class DumpCommand : ICommand
{
    public string Name => "dump";
    public string Usage => "dump FILE.pdf          print extracted lines with x, y, font size";

    public Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        if (args.Length != 1)
        {
            stderr.WriteLine("usage: " + Usage);
            return Task.FromResult(2);
        }
        var text = PdfTextReader.Read(args[0]);
        foreach (var page in text.Pages)
        {
            stdout.WriteLine($"=== page {page.Number} printed={page.PrintedNumber} stamp={page.AgendaItemStamp}");
            foreach (var l in page.Lines)
                stdout.WriteLine($"{l.X,6:F1} {l.Y,6:F1} {l.FontSize,4:F1} {(l.Bold ? "B" : " ")} | {l.Text}");
        }
        return Task.FromResult(0);
    }
}
