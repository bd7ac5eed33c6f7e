using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Councils;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Records;
using AgendaSearch.Ingest.Tests;

namespace AgendaSearch.Index.Tests.Glossary;

/// <summary>
/// The two seed packs (Leicestershire, as corpus/council.json names it) and the real papers of
/// tests/fixtures/realpacks (each council detected from its text, as the worker does for a file without a
/// council.json) read into one in-memory index, once for the test class.
/// </summary>
public sealed class RealPapersIndex : IDisposable
{
    public const string Leicestershire = "Leicestershire County Council";

    public RealPapersIndex()
    {
        Index = SearchIndex.OpenInMemory();
        foreach (var path in Directory.GetFiles(Path.Combine(Corpus.Root, "corpus"), "*.pdf"))
        {
            Add(path, new DocumentContext(Path.GetFileName(path), Leicestershire));
        }

        foreach (var path in Directory.GetFiles(Path.Combine(Corpus.Root, "tests", "fixtures", "realpacks", "pdfs"), "*.pdf"))
        {
            Add(path, new DocumentContext(Path.GetFileName(path)));
        }

        Index.Commit(new Dictionary<string, string>());
    }

    public ISearchIndex Index { get; }

    public void Dispose() => Index.Dispose();

    private void Add(string path, DocumentContext context)
    {
        var packId = Path.GetFileNameWithoutExtension(path);
        var pack = PackParser.Parse(PdfTextReader.Read(path));
        Index.ReplacePack(packId, RecordBuilder.Build(pack, packId, context));
    }
}
