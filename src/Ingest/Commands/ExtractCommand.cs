using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Isolation;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Serialization;

namespace AgendaSearch.Ingest.Commands;

/// <summary>
/// `extract FILE.pdf`: reads and parses one PDF and prints an <see cref="ExtractionResult"/> as JSON. The worker
/// runs this verb in a child process because PdfPig can die of a stack overflow that no catch stops.
/// Exit code 0 with a pack, 1 with an error the child could still describe. Pages travel as text
/// (<see cref="PackJson"/>): the parent builds records from the parsed pack and needs no line geometry.
/// </summary>
internal sealed class ExtractCommand : ICommand
{
    public string Name => "extract";
    public string Usage => "extract FILE.pdf       print the parsed pack (or the reason it cannot be read) as JSON";

    public Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        if (args.Length != 1)
        {
            stderr.WriteLine("usage: " + Usage);
            return Task.FromResult(2);
        }
        var result = Extract(args[0]);
        stdout.Write(PackJson.Serialize(result));
        stdout.Flush();
        return Task.FromResult(result.Pack is null ? 1 : 0);
    }

    private static ExtractionResult Extract(string path)
    {
        try
        {
            var raw = PdfTextReader.ReadRawPages(File.ReadAllBytes(path));
            var text = new PackText(Path.GetFileName(path), PageCleaner.Clean(raw));
            return ExtractionResult.Parsed(PackParser.Parse(text), raw.Count);
        }
        catch (PdfReadException e)
        {
            return ExtractionResult.Failed(e.Message, e.Failure);
        }
        catch (Exception e)
        {
            return ExtractionResult.Failed(PdfProblems.Describe(e));
        }
    }
}
