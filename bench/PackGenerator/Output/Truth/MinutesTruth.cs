namespace AgendaSearch.PackGenerator.Output.Truth;

/// <summary>The minutes printed in the pack: of which meeting, under which agenda item, who was there, the entries.</summary>
internal sealed record MinutesTruth(
    MeetingTruth OfMeeting,
    int AgendaItem,
    IReadOnlyList<string> Present,
    string Chair,
    IReadOnlyList<MinuteTruth> Entries);
