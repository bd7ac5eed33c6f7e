using AgendaSearch.Ingest.Worker;

namespace AgendaSearch.Ingest.Tests.Worker;

/// <summary>When the watcher hands a changed path over: after the debounce always, after the settle time only when steady and whole.</summary>
public sealed class ReadinessRuleTests
{
    private static readonly DateTime T0 = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
    private static readonly ReadinessRule Rule = new(Debounce: TimeSpan.FromSeconds(2), Settle: TimeSpan.FromMilliseconds(250));
    private static readonly FileFacts Half = new(1000, T0);
    private static readonly FileFacts Whole = new(2000, T0.AddMilliseconds(100));

    private static DateTime At(int milliseconds) => T0.AddMilliseconds(milliseconds);

    [Fact]
    public void Anything_is_due_after_the_debounce()
    {
        var pending = new PendingFile(T0);

        Assert.False(Rule.Due(pending, At(1999)));
        Assert.True(Rule.Due(pending, At(2000)));
    }

    [Fact]
    public void A_whole_file_steady_for_the_settle_time_is_ready_early()
    {
        var pending = new PendingFile(T0).Looked(Whole, At(100));

        Assert.False(Rule.Settled(pending, At(300), () => true));
        Assert.True(Rule.Settled(pending, At(350), () => true));
    }

    [Fact]
    public void A_file_not_looked_at_yet_is_not_settled()
    {
        Assert.False(Rule.Settled(new PendingFile(T0), At(1000), () => true));
    }

    [Fact]
    public void A_steady_file_that_does_not_end_like_a_pdf_waits_for_the_debounce()
    {
        var pending = new PendingFile(T0).Looked(Half, At(100));

        Assert.False(Rule.Settled(pending, At(1900), () => false));
        Assert.True(Rule.Due(pending, At(2000)));
    }

    [Fact]
    public void A_growing_file_restarts_the_steady_clock_and_an_unchanged_look_keeps_it()
    {
        var grown = new PendingFile(T0).Looked(Half, At(100)).Looked(Whole, At(300));
        var same = grown.Looked(Whole, At(400));

        Assert.Equal(At(300), same.SeenSince);
        Assert.False(Rule.Settled(same, At(500), () => true));
        Assert.True(Rule.Settled(same, At(550), () => true));
    }

    [Fact]
    public void A_change_event_restarts_the_quiet_clock_but_not_the_steady_one()
    {
        var touched = new PendingFile(T0).Looked(Whole, At(100)).Touched(At(400));

        Assert.Equal(At(100), touched.SeenSince);
        Assert.False(Rule.Settled(touched, At(600), () => true));
        Assert.True(Rule.Settled(touched, At(650), () => true));
    }

    [Fact]
    public void A_deleted_file_settles_like_a_whole_one()
    {
        var gone = new PendingFile(T0).Looked(null, At(100));

        Assert.Null(gone.Seen);
        Assert.NotNull(gone.SeenSince);
        Assert.True(Rule.Settled(gone, At(350), () => true));
    }

    [Fact]
    public void Wholeness_is_only_asked_once_the_path_is_steady()
    {
        var asked = 0;
        var pending = new PendingFile(T0).Looked(Whole, At(100));

        Rule.Settled(pending, At(200), () => ++asked > 0);

        Assert.Equal(0, asked);
    }

    [Fact]
    public void A_zero_settle_time_leaves_only_the_debounce()
    {
        var debounceOnly = Rule with { Settle = TimeSpan.Zero };
        var pending = new PendingFile(T0).Looked(Whole, At(100));

        Assert.False(debounceOnly.Settled(pending, At(1999), () => true));
    }
}
