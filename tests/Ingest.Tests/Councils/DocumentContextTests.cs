using AgendaSearch.Ingest.Councils;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Tests.Councils;

public sealed class DocumentContextTests : IDisposable
{
    private static readonly AgendaPack Letterhead = Pack("LEICESTERSHIRE COUNTY COUNCIL", "Scrutiny Commission");
    private static readonly AgendaPack Unnamed = Pack("Scrutiny Commission", "Monday, 12 July 2021");

    private readonly string _root = Directory.CreateTempSubdirectory("council-files-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Council_json_wins_then_the_text_then_the_folder()
    {
        Assert.Equal("Kent County Council", new DocumentContext("kent/a.pdf", "Kent County Council").CouncilOf(Letterhead));
        Assert.Equal("Leicestershire County Council", new DocumentContext("kent/a.pdf").CouncilOf(Letterhead));
        Assert.Equal("kent", new DocumentContext("kent/2025/a.pdf").CouncilOf(Unnamed));
        Assert.Null(new DocumentContext("a.pdf").CouncilOf(Unnamed));
        Assert.Null(DocumentContext.Standalone.CouncilOf(Letterhead));
    }

    [Fact]
    public void A_first_level_folder_s_council_json_names_everything_under_it_and_the_root_s_the_rest()
    {
        Write("council.json", """{ "name": "Leicestershire County Council" }""");
        Write("kent/council.json", """{ "name": " Kent County Council " }""");
        Directory.CreateDirectory(Path.Combine(_root, "bristol"));
        Write("broken/council.json", "{ not json");
        Write("nameless/council.json", """{ "title": "Milburn" }""");

        Assert.Equal("Leicestershire County Council", CouncilFiles.For(_root, "seed.pdf").NamedCouncil);
        Assert.Equal("Kent County Council", CouncilFiles.For(_root, "kent/2025/cabinet.pdf").NamedCouncil);
        Assert.Equal("Kent County Council", CouncilFiles.For(_root, "kent\\cabinet.pdf").NamedCouncil);
        Assert.Equal("Leicestershire County Council", CouncilFiles.For(_root, "bristol/minutes.pdf").NamedCouncil);
        Assert.Equal("Leicestershire County Council", CouncilFiles.For(_root, "broken/minutes.pdf").NamedCouncil);
        Assert.Equal("Leicestershire County Council", CouncilFiles.For(_root, "nameless/minutes.pdf").NamedCouncil);
        Assert.Equal("kent/2025/cabinet.pdf", CouncilFiles.For(_root, "kent/2025/cabinet.pdf").RelativePath);

        File.Delete(Path.Combine(_root, "council.json"));
        Assert.Null(CouncilFiles.For(_root, "bristol/minutes.pdf").NamedCouncil);
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static AgendaPack Pack(params string[] lines) => new(
        "a.pdf", null, [], null, [], [],
        [new PackPage(1, 1, 595, 842, lines.Select((line, i) => new PageLine(line, 72, 780 - i * 14, 300, 11, false)).ToList())]);
}
