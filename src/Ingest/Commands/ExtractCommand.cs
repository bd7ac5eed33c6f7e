using System.Text.Json;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Isolation;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Commands;

/// <summary>
/// `extract FILE.pdf`: reads and parses one PDF and prints an <see cref="ExtractionResult"/> as JSON. The worker
/// runs this verb in a child process because PdfPig can die of a stack overflow that no catch stops.
/// Exit code 0 with a pack, 1 with an error the child could still describe.
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
        stdout.Write(JsonSerializer.Serialize(result, IngestJson.Options));
        stdout.Flush();
        return Task.FromResult(result.Pack is null ? 1 : 0);
    }

    private static ExtractionResult Extract(string path)
    {
        try
        {
            if (PdfProblems.Check(path) is { } problem)
                return ExtractionResult.Failed(problem);
            return ExtractionResult.Parsed(PackParser.Parse(PdfTextReader.Read(path)));
        }
        catch (Exception e)
        {
            return ExtractionResult.Failed(PdfProblems.Describe(e));
        }
    }
}
