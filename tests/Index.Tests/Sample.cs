using AgendaSearch.Records;

namespace AgendaSearch.Index.Tests;

/// <summary>Hand-made records for index tests.</summary>
internal static class Sample
{
    public static SearchRecord Record(
        string id,
        string title,
        string text,
        string type = "item",
        string body = "Scrutiny Commission",
        DateOnly? date = null,
        string packId = "pack-a",
        string[]? officers = null,
        string? meetingId = null) => new()
    {
        Id = id,
        Type = RecordKinds.Parse(type),
        Body = body,
        MeetingDate = date,
        PackId = packId,
        Title = title,
        Text = text,
        Officers = officers ?? [],
        Sources = [packId],
        MeetingId = meetingId,
    };
}
