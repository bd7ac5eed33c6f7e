using System.Text.Json;
using AgendaSearch.Ingest.Commands;

namespace AgendaSearch.Ingest.Tests.Commands;

public class InspectCommandTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await new InspectCommand().RunAsync(args, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Prints_a_seed_pack_as_json_with_its_pages()
    {
        var (code, output, errors) = await Run(Corpus.Pack(Corpus.July2021));

        Assert.Equal(0, code);
        Assert.Equal("", errors);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(Corpus.July2021, root.GetProperty("source").GetString());
        var pages = root.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(142, pages.Count);
        Assert.All(pages, p => Assert.Equal(p.GetProperty("number").GetInt32(), p.GetProperty("printedNumber").GetInt32()));
        Assert.All(pages, p => Assert.False(p.TryGetProperty("lines", out _)));
        var stamped = Assert.Single(pages, p => p.TryGetProperty("agendaItemStamp", out _));
        Assert.Equal(14, stamped.GetProperty("number").GetInt32());
        Assert.Equal(8, stamped.GetProperty("agendaItemStamp").GetInt32());
        Assert.StartsWith("Meeting: Scrutiny Commission\n", pages[0].GetProperty("text").GetString());
        Assert.True(root.TryGetProperty("agendaItems", out _));
    }

    [Fact]
    public async Task Reports_an_unreadable_file_in_one_line_and_exits_1()
    {
        var path = Path.Combine(Path.GetTempPath(), $"inspect-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(path, "not a pdf");
        try
        {
            var (code, output, errors) = await Run(path);

            Assert.Equal(1, code);
            Assert.Equal("", output);
            Assert.Equal($"inspect: {path}: not a PDF: no %PDF- header{Environment.NewLine}", errors);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Reports_a_missing_file_and_exits_1()
    {
        var (code, _, errors) = await Run("/nonexistent/pack.pdf");

        Assert.Equal(1, code);
        Assert.StartsWith("inspect: /nonexistent/pack.pdf: ", errors);
        Assert.Single(errors.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Shows_usage_without_a_file()
    {
        var (code, _, errors) = await Run();

        Assert.Equal(2, code);
        Assert.StartsWith("usage: inspect", errors);
    }
}
