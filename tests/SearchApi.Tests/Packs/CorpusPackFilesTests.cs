using AgendaSearch.SearchApi.Corpus;
using AgendaSearch.SearchApi.Packs;
using AgendaSearch.SearchApi.Tests.Support;
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
        using var packs = Packs(_corpus);

        Assert.Equal(top, packs.PathOf("cabinet-2021-07-12-agenda-pack"));
        Assert.Equal(nested, packs.PathOf("scrutiny-2022-01-31"));
    }

    [Fact]
    public void Other_files_unknown_ids_and_ids_that_are_not_slugs_find_nothing()
    {
        Touch("notes.txt");
        Touch("minutes.pdf");
        using var packs = Packs(_corpus);

        Assert.Null(packs.PathOf("notes"));
        Assert.Null(packs.PathOf("agenda"));
        Assert.Null(packs.PathOf("Minutes"));
        Assert.Null(packs.PathOf("../minutes"));
        Assert.Null(packs.PathOf(""));
    }

    [Fact]
    public void A_file_added_after_start_is_found_when_the_watcher_reports_it()
    {
        // The clock stands still, so only the folder watcher can make the registry look again.
        using var packs = Packs(_corpus, new ManualTime());
        Assert.Null(packs.PathOf("late"));

        var late = Touch("late.pdf");

        Assert.True(SpinWait.SpinUntil(() => packs.PathOf("late") == late, TimeSpan.FromSeconds(20)), "the watcher never reported late.pdf");
    }

    [Fact]
    public void Unknown_ids_cost_no_directory_walk_until_a_change_or_the_rescan_interval()
    {
        var known = Touch("known.pdf");
        var time = new ManualTime();
        using var packs = Packs(_corpus, time);

        for (var i = 0; i < 50; i++)
        {
            Assert.Null(packs.PathOf($"no-such-pack-{i}"));
            Assert.Equal(known, packs.PathOf("known"));
        }
        Assert.Equal(1, packs.Scans);

        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Null(packs.PathOf("no-such-pack"));
        Assert.Equal(1, packs.Scans);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(packs.PathOf("no-such-pack"));
        Assert.Null(packs.PathOf("no-such-pack"));
        Assert.Equal(2, packs.Scans);
    }

    [Fact]
    public void A_change_reported_by_the_watcher_allows_one_more_walk()
    {
        using var packs = Packs(_corpus, new ManualTime());
        Assert.Null(packs.PathOf("added"));

        var added = Touch("added.pdf");
        packs.Changed();

        Assert.Equal(added, packs.PathOf("added"));
        Assert.Null(packs.PathOf("no-such-pack"));
        Assert.True(packs.Scans <= 3, $"{packs.Scans} walks");
    }

    [Fact]
    public void A_removed_file_is_not_served()
    {
        var gone = Touch("gone.pdf");
        using var packs = Packs(_corpus, new ManualTime());
        Assert.Equal(gone, packs.PathOf("gone"));

        File.Delete(gone);

        Assert.Null(packs.PathOf("gone"));
    }

    [Fact]
    public void A_rescan_interval_of_zero_walks_for_every_unknown_id()
    {
        using var packs = new CorpusPackFiles(Options.Create(new CorpusOptions { Path = _corpus, RescanSeconds = 0 }), new ManualTime());

        packs.PathOf("one");
        packs.PathOf("two");

        Assert.Equal(2, packs.Scans);
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

    private static CorpusPackFiles Packs(string path, TimeProvider? time = null) => new(Options.Create(new CorpusOptions { Path = path }), time);

    private string Touch(string relative)
    {
        var path = Path.Combine(_corpus, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "%PDF-1.4");
        return path;
    }
}
