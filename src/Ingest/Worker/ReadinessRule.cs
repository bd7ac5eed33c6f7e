namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// When a changed path may be read. Always once nothing has happened to it for <see cref="Debounce"/>. Sooner,
/// after <see cref="Settle"/>, when no change event came and size and modification time stayed the same for
/// that long, and the file is complete (ends with "%%EOF", <see cref="PdfEnding"/>) or gone (a deletion has no
/// half-written state). A zero <see cref="Settle"/> switches the early rule off. A file still being copied keeps changing or does not end with "%%EOF", so it waits for
/// the debounce, as every change did before.
/// </summary>
public sealed record ReadinessRule(TimeSpan Debounce, TimeSpan Settle)
{
    public bool Due(PendingFile pending, DateTime now) => now - pending.Changed >= Debounce;

    /// <summary>
    /// Whether the early rule holds; <paramref name="whole"/> (the file ends with "%%EOF", or the path is gone and
    /// is no folder) is asked only when the path has been steady long enough, so a growing file is not read for it.
    /// </summary>
    public bool Settled(PendingFile pending, DateTime now, Func<bool> whole) =>
        Settle > TimeSpan.Zero && now - pending.Changed >= Settle && pending.SeenSince is { } since && now - since >= Settle && whole();
}
