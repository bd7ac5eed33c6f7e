using AgendaSearch.SearchApi.Corpus;
using AgendaSearch.SearchApi.Packs;
using Microsoft.Extensions.Options;

namespace AgendaSearch.SearchApi.Tests.Packs;

public sealed class CorpusPackFilesTests : IDisposable
{
    private readonly string _corpus = Path.Combine(Path.GetTempPath(), "agendasearch-corpus-" + Guid.NewGuid().ToString("N"));

    public CorpusPackFilesTests() => Directory.CreateDirectory(_corpus);

    public void Dispose() => Directory.Delete(_corpus, recursive: true);

    [Fact]
    public void Pdfs_in_the_corpus_and_its_subfolders_are_found_by_pack_id()
    {
        var top = Touch("Cabinet 2021-07-12 Agenda Pack.pdf");
        var nested = Touch(Path.Combine("2022", "SCRUTINY_2022-01-31.PDF"));
        var packs = Packs(_corpus);

        Assert.Equal(top, packs.PathOf("cabinet-2021-07-12-agenda-pack"));
        Assert.Equal(nested, packs.PathOf("scrutiny-2022-01-31"));
    }

    [Fact]
    public void Other_files_unknown_ids_and_ids_that_are_not_slugs_find_nothing()
    {
        Touch("notes.txt");
        Touch("minutes.pdf");
        var packs = Packs(_corpus);

        Assert.Null(packs.PathOf("notes"));
        Assert.Null(packs.PathOf("agenda"));
        Assert.Null(packs.PathOf("Minutes"));
        Assert.Null(packs.PathOf("../minutes"));
        Assert.Null(packs.PathOf(""));
    }

    [Fact]
    public void A_file_added_after_start_is_found()
    {
        var packs = Packs(_corpus);
        Assert.Null(packs.PathOf("late"));

        var late = Touch("late.pdf");

        Assert.Equal(late, packs.PathOf("late"));
    }

    [Fact]
    public void A_missing_corpus_folder_finds_nothing()
    {
        Assert.Null(Packs(Path.Combine(_corpus, "missing")).PathOf("minutes"));
    }

    [Fact]
    public void A_relative_corpus_path_is_taken_from_the_working_directory()
    {
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "corpus"), new CorpusOptions().FullPath);
    }

    private static CorpusPackFiles Packs(string path) => new(Options.Create(new CorpusOptions { Path = path }));

    private string Touch(string relative)
    {
        var path = Path.Combine(_corpus, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "%PDF-1.4");
        return path;
    }
}
