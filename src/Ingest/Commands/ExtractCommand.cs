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
/// `extract --serve`: the long-lived form the worker's pool runs (<see cref="ExtractionServer"/>).
/// </summary>
internal sealed class ExtractCommand : ICommand
{
    public string Name => "extract";
    public string Usage => "extract FILE.pdf | --serve [--parent PID]   print the parsed pack (or the reason it cannot be read) as JSON";

    public Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        switch (args)
        {
            case ["--serve"]:
                return Task.FromResult(ExtractionServer.Run(null, Extract, WarmUp));
            case ["--serve", "--parent", var parent] when int.TryParse(parent, out var parentId):
                return Task.FromResult(ExtractionServer.Run(parentId, Extract, WarmUp));
            case [var path] when !path.StartsWith("--", StringComparison.Ordinal):
                var result = Extract(path).Result;
                stdout.Write(PackJson.Serialize(result));
                stdout.Flush();
                return Task.FromResult(result.Pack is null ? 1 : 0);
            default:
                stderr.WriteLine("usage: " + Usage);
                return Task.FromResult(2);
        }
    }

    /// <summary>Reads <see cref="WarmUpPdf"/> the way a real file is read, so the code is loaded and compiled.</summary>
    private static void WarmUp()
    {
        var raw = PdfTextReader.ReadRawPages(WarmUpPdf.Bytes());
        PackJson.Serialize(ExtractionResult.Parsed(PackParser.Parse(new PackText("warm-up.pdf", PageCleaner.Clean(raw))), raw.Count));
    }

    /// <summary>
    /// The result for <paramref name="path"/>, and whether this process is still fit for another file: after an
    /// unexpected exception (out of memory above all, <see cref="PdfProblems.LeavesProcessUnfit"/>) its state is
    /// suspect, so a serving child hands over to a fresh one.
    /// </summary>
    private static (ExtractionResult Result, bool Healthy) Extract(string path)
    {
        try
        {
            var (raw, title) = PdfTextReader.ReadRaw(File.ReadAllBytes(path));
            var text = new PackText(Path.GetFileName(path), PageCleaner.Clean(raw), title);
            return (ExtractionResult.Parsed(PackParser.Parse(text), raw.Count), true);
        }
        catch (PdfReadException e)
        {
            return (ExtractionResult.Failed(e.Message, e.Failure), !PdfProblems.LeavesProcessUnfit(e));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (ExtractionResult.Failed(PdfProblems.Describe(e)), true);
        }
        catch (Exception e)
        {
            return (ExtractionResult.Failed(PdfProblems.Describe(e)), false);
        }
    }
}
