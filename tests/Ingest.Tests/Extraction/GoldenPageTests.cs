using System.Text;
using AgendaSearch.Ingest.Extraction;

namespace AgendaSearch.Ingest.Tests.Extraction;

/// <summary>
/// Chosen seed pages against their expected text in Golden/ (one line per extracted line, cells
/// separated by " | "): the agenda front sheet, a table page, a page where a report starts mid-page
/// under its stamp, a report's stamped first page. Set UPDATE_GOLDEN=1 to rewrite the files after
/// a deliberate change, then review the diff.
/// </summary>
public class GoldenPageTests
{
    public static TheoryData<string, int> Pages => new()
    {
        { Corpus.July2021, 1 },
        { Corpus.July2021, 3 },
        { Corpus.July2021, 14 },
        { Corpus.July2021, 31 },
        { Corpus.March2022, 5 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_text_matches_its_golden_file(string pack, int number)
    {
        var page = SeedPacks.Clean(pack).Pages.Single(p => p.Number == number);
        var path = Path.Combine(Corpus.Root, "tests", "Ingest.Tests", "Extraction", "Golden", $"{Path.GetFileNameWithoutExtension(pack)}.p{number}.txt");
        var actual = Render(page);

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
            File.WriteAllText(path, actual);

        Assert.Equal(File.ReadAllText(path), actual);
    }

    private static string Render(PackPage page)
    {
        var text = new StringBuilder($"page {page.Number} printed {page.PrintedNumber} stamp {page.AgendaItemStamp}\n");
        foreach (var line in page.Lines)
            text.Append(string.Join(" | ", line.Columns.Select(c => c.Text))).Append('\n');
        return text.ToString();
    }
}
