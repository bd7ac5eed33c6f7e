using AgendaSearch.Ingest.Ledger;
using AgendaSearch.Ingest.Tests.Worker.Fixtures;

namespace AgendaSearch.Ingest.Tests.Worker;

/// <summary>The pipeline against an on-disk index: states, restarts, changes, deletions and duplicates.</summary>
public sealed class IngestPipelineTests : IAsyncLifetime
{
    private readonly PipelineHarness harness = new();

    [Fact]
    public async Task A_scan_indexes_readable_files_and_records_why_the_others_are_not()
    {
        harness.Write("a.pdf", "Agenda of the meeting\nReport of the Director");
        harness.Write("sub/b.pdf", "Minutes of the last meeting");
        harness.Write("broken.pdf", "FAIL encrypted: needs a password");
        harness.Write("scan.pdf", "SCAN 4");
        harness.Write("notes.txt", "not a pdf, not looked at");

        await harness.SyncAsync();

        Assert.Equal(["a:p1", "a:p2", "b:p1"], harness.RecordIds());
        Assert.Equal(FileState.Indexed, harness.Entry("a.pdf").State);
        Assert.Equal(2, harness.Entry("a.pdf").Records);
        Assert.Equal("encrypted: needs a password", harness.Entry("broken.pdf").Error);
        Assert.Equal(FileState.Failed, harness.Entry("broken.pdf").State);
        Assert.Equal((FileState.NoText, 4, 0), (harness.Entry("scan.pdf").State, harness.Entry("scan.pdf").Pages, harness.Entry("scan.pdf").Records));
        Assert.Equal(4, harness.Pipeline.Status().Totals.Files);
    }

    [Fact]
    public async Task A_scan_read_by_ocr_shows_its_progress_then_is_indexed_with_its_ocr_pages()
    {
        harness.Write("scan.pdf", "OCR\nMinutes of the meeting\nRESOLVED that the report be noted\nChairman");
        IReadOnlyList<Ingest.Worker.OcrProgress>? during = null;
        harness.Extractor.DuringOcr = _ => during = harness.Pipeline.Status().Progress.Ocr;

        await harness.SyncAsync();

        Assert.Equal([new Ingest.Worker.OcrProgress("scan.pdf", 1, 3)], during);
        Assert.Empty(harness.Pipeline.Status().Progress.Ocr);
        Assert.Equal((FileState.Indexed, 3), (harness.Entry("scan.pdf").State, harness.Entry("scan.pdf").OcrPages));
    }

    [Fact]
    public async Task After_a_restart_unchanged_files_are_not_parsed_again()
    {
        harness.Write("a.pdf", "Agenda of the meeting");
        harness.Write("broken.pdf", "FAIL not a PDF");
        await harness.SyncAsync();

        await harness.RestartAsync();
        await harness.SyncAsync();

        Assert.Equal(1, harness.Extractor.Calls("a.pdf"));
        Assert.Equal(1, harness.Extractor.Calls("broken.pdf"));
        Assert.Equal(["a:p1"], harness.RecordIds());
        Assert.Equal(FileState.Indexed, harness.Entry("a.pdf").State);
    }

    [Fact]
    public async Task A_file_touched_without_changing_its_bytes_is_not_parsed_again()
    {
        harness.Write("a.pdf", "Agenda of the meeting");
        await harness.SyncAsync();
        var before = harness.Entry("a.pdf").ModifiedUtc;

        harness.Write("a.pdf", "Agenda of the meeting");
        await harness.SyncAsync();

        Assert.Equal(1, harness.Extractor.Calls("a.pdf"));
        Assert.True(harness.Entry("a.pdf").ModifiedUtc > before);
    }

    [Fact]
    public async Task A_changed_file_replaces_its_records()
    {
        harness.Write("a.pdf", "First report\nSecond report\nThird report");
        await harness.SyncAsync();

        harness.Write("a.pdf", "First report, revised");
        await harness.SyncAsync();

        Assert.Equal(["a:p1"], harness.RecordIds());
        Assert.Equal("First report, revised", harness.Index.Get("a:p1")!.Text);
    }

    [Fact]
    public async Task A_file_that_breaks_loses_its_old_records()
    {
        harness.Write("a.pdf", "First report\nSecond report");
        await harness.SyncAsync();

        harness.Write("a.pdf", "FAIL truncated");
        await harness.SyncAsync();

        Assert.Empty(harness.RecordIds());
        Assert.Null(harness.Entry("a.pdf").PackId);
    }

    [Fact]
    public async Task A_file_deleted_while_the_worker_was_down_loses_its_records()
    {
        harness.Write("a.pdf", "First report");
        harness.Write("b.pdf", "Second report");
        await harness.SyncAsync();

        await harness.RestartAsync();
        harness.Delete("a.pdf");
        await harness.SyncAsync();

        Assert.Equal(["b:p1"], harness.RecordIds());
        Assert.Null(harness.Pipeline.Ledger["a.pdf"]);
    }

    [Fact]
    public async Task An_emptied_corpus_folder_removes_nothing_and_its_files_coming_back_are_not_read_again()
    {
        harness.Write("a.pdf", "First report");
        harness.Write("sub/b.pdf", "Second report");
        await harness.SyncAsync();

        // Emptied, as an unmounted share leaves its mount point: neither a full scan nor the watcher's paths remove anything.
        harness.Delete("a.pdf");
        harness.Delete("sub/b.pdf");
        await harness.SyncAsync();
        await harness.SyncAsync("a.pdf", "sub/b.pdf");
        Assert.Equal(["a:p1", "b:p1"], harness.RecordIds());
        Assert.Equal(2, harness.Pipeline.Ledger.Count);

        harness.Write("a.pdf", "First report");
        harness.Write("sub/b.pdf", "Second report");
        await harness.SyncAsync();
        Assert.Equal(2, harness.Extractor.TotalCalls);

        harness.Delete("a.pdf");
        await harness.SyncAsync();
        Assert.Equal(["b:p1"], harness.RecordIds());
    }

    [Fact]
    public async Task Identical_content_under_two_names_is_read_and_indexed_once()
    {
        harness.Write("a.pdf", "Same content\nin two files");
        harness.Write("copy/a.pdf", "Same content\nin two files");

        await harness.SyncAsync();

        Assert.Equal(1, harness.Extractor.TotalCalls);
        Assert.Equal(["a:p1", "a:p2"], harness.RecordIds());
        var copy = harness.Entry("copy/a.pdf");
        Assert.Equal((FileState.Duplicate, "a.pdf"), (copy.State, copy.DuplicateOf));
        Assert.Equal("a", harness.Pipeline.Status().Files.Single(f => f.File == "copy/a.pdf").PackId);
    }

    [Fact]
    public async Task When_the_original_goes_its_duplicate_is_indexed_in_its_place()
    {
        harness.Write("a.pdf", "Same content");
        harness.Write("b.pdf", "Same content");
        harness.Write("c.pdf", "Same content");
        await harness.SyncAsync();

        harness.Delete("a.pdf");
        await harness.SyncAsync();

        Assert.Equal(["b:p1"], harness.RecordIds());
        Assert.Equal(FileState.Indexed, harness.Entry("b.pdf").State);
        Assert.Equal("b.pdf", harness.Entry("c.pdf").DuplicateOf);
    }

    [Fact]
    public async Task When_the_original_changes_its_duplicate_keeps_the_old_content_indexed()
    {
        harness.Write("a.pdf", "Old version of the report");
        harness.Write("b.pdf", "Old version of the report");
        await harness.SyncAsync();

        harness.Write("a.pdf", "New version of the report");
        await harness.SyncAsync();

        Assert.Equal(["a:p1", "b:p1"], harness.RecordIds());
        Assert.Equal("New version of the report", harness.Index.Get("a:p1")!.Text);
        Assert.Equal("Old version of the report", harness.Index.Get("b:p1")!.Text);
    }

    [Fact]
    public async Task Files_with_the_same_name_in_two_folders_get_their_own_pack_ids()
    {
        harness.Write("2021/agenda.pdf", "Agenda for July 2021");
        harness.Write("2022/agenda.pdf", "Agenda for March 2022");

        await harness.SyncAsync();

        var second = harness.Entry("2022/agenda.pdf").PackId!;
        Assert.Equal("agenda", harness.Entry("2021/agenda.pdf").PackId);
        Assert.StartsWith("agenda-", second);
        Assert.Equal(new[] { "agenda:p1", second + ":p1" }.Order(StringComparer.Ordinal), harness.RecordIds());
    }

    [Fact]
    public async Task A_file_changed_while_it_was_being_read_is_read_again()
    {
        harness.Write("a.pdf", "Draft of the report");
        harness.Extractor.BeforeRead = file =>
        {
            if (harness.Extractor.Calls(file) == 1)
                harness.Write(file, "Final report\nFinal appendix");
            return Task.CompletedTask;
        };

        await harness.SyncAsync();

        Assert.Equal(2, harness.Extractor.Calls("a.pdf"));
        Assert.Equal(["a:p1", "a:p2"], harness.RecordIds());
        Assert.Equal("Final report", harness.Index.Get("a:p1")!.Text);
    }

    [Fact]
    public async Task A_pack_whose_index_write_failed_half_way_is_not_committed_as_done()
    {
        harness.Write("a.pdf", "First report\nSecond report");
        harness.Failing.FailNextReplace = true;
        await harness.SyncAsync();

        Assert.Equal(FileState.Pending, FileLedger.Load(harness.Index.CommittedUserData)["a.pdf"]!.State);

        await harness.RestartAsync();
        await harness.SyncAsync();

        Assert.Equal(2, harness.Extractor.Calls("a.pdf"));
        Assert.Equal(["a:p1", "a:p2"], harness.RecordIds());
        Assert.Equal(FileState.Indexed, harness.Entry("a.pdf").State);
    }

    [Fact]
    public async Task The_ledger_is_stored_in_the_index_commit()
    {
        harness.Write("a.pdf", "First report");
        await harness.SyncAsync();

        var stored = FileLedger.Load(harness.Index.CommittedUserData);

        Assert.Equal(harness.Entry("a.pdf"), stored["a.pdf"]);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await harness.DisposeAsync();
}
