using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Extraction.Ocr;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Serialization;

namespace AgendaSearch.Ingest.Commands;

/// <summary>
/// `inspect FILE.pdf`: extracts and parses one pack and prints it as JSON (<see cref="PackJson"/>),
/// the shape ../shared/tools/score-pack scores. Scanned pages are read by OCR when Tesseract is installed. An unreadable file is one line on stderr and exit 1.
/// </summary>
internal sealed class InspectCommand : ICommand
{
    public string Name => "inspect";
    public string Usage => "inspect FILE.pdf       print the parsed pack as JSON";

    public Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        if (args.Length != 1)
        {
            stderr.WriteLine("usage: " + Usage);
            return Task.FromResult(2);
        }
        PackText text;
        try
        {
            text = PdfTextReader.Read(Path.GetFileName(args[0]), File.ReadAllBytes(args[0]), new OnDemandOcr(OcrSettings.CommandLine));
        }
        catch (Exception e) when (e is PdfReadException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"inspect: {args[0]}: {e.Message}");
            return Task.FromResult(1);
        }
        stdout.WriteLine(PackJson.Serialize(PackParser.Parse(text)));
        return Task.FromResult(0);
    }
}
