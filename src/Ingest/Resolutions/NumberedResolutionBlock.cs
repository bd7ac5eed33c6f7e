using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Resolutions;

/// <summary>
/// The decision of a numbered resolution block that is a minute entry of its own ("R2024-233 S. Foote,
/// J. Scott:" over its text, closed by "Carried."): one resolution, split into its printed parts 1., 2.
/// (the a./b. and i./ii. under a part stay in it), or none when the block closes "Deferred.",
/// "Defeated." or "Lost.": a motion that was not carried decided nothing.
/// </summary>
internal static class NumberedResolutionBlock
{
    public static IReadOnlyList<Resolution> Parse(IReadOnlyList<PackLine> lines, int? minute, string? printed, MeetingRef? meeting)
    {
        var closing = lines.Select((l, i) => (Outcome: ResolutionOutcome.Find(l.Text), At: i)).LastOrDefault(o => o.Outcome is not null);
        if (closing.Outcome == Outcome.NotCarried)
            return [];
        var block = lines.Select((l, i) => (i == closing.At && closing.Outcome is not null ? ResolutionOutcome.Without(l.Text) : l.Text, l.Page)).ToList();
        return ResolutionParser.Split(block)
            .Select(p => new Resolution(p.Label, p.Text, p.Pages, printed, minute, meeting))
            .ToList();
    }
}
