using AgendaSearch.Records;
using AgendaSearch.Ingest.Councils;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Records;

/// <summary>What every record built from one pack shares: the pack, its id, names and page map.</summary>
internal sealed class RecordContext
{
    public RecordContext(AgendaPack pack, string packId, string? council = null)
    {
        Pack = pack;
        PackId = packId;
        Council = council;
        Pages = new PageLocator(pack.Pages);
        var printedNames = pack.AgendaItems
            .SelectMany(i => (i.Officers ?? []).Concat(i.Report?.Contacts.Select(c => c.Name) ?? []));
        Officers = new OfficerNames(pack.Officers, printedNames);
    }

    public AgendaPack Pack { get; }

    public string PackId { get; }

    /// <summary>The council whose papers the pack is; null when unknown.</summary>
    public string? Council { get; }

    public PageLocator Pages { get; }

    public OfficerNames Officers { get; }

    /// <summary>A body's name as the council's records carry it (<see cref="BodyNames"/>).</summary>
    public string Body(string printed) =>
        RecordBuilder.IsKnownBody(printed) ? BodyNames.Normalise(printed, Council) : RecordBuilder.UnknownBody;

    /// <summary>
    /// The id of the council's meeting of <paramref name="body"/> on <paramref name="date"/>: the natural key when
    /// both are known, so the same minutes printed in two documents are one record; else one of this document
    /// alone, so that documents whose meeting could not be read never merge with each other.
    /// </summary>
    public string MeetingId(string body, DateOnly? date) =>
        date is not null && RecordBuilder.IsKnownBody(body)
            ? RecordIds.Meeting(Council, body, date)
            : RecordIds.MeetingInDocument(Council, body, date, PackId);

    /// <summary>A record with the fields every kind sets; the caller fills in the rest.</summary>
    public SearchRecord Record(string id, RecordKind type, string body, DateOnly? date, string? meetingId) => new()
    {
        Id = id,
        Type = type,
        Body = body,
        Council = Council,
        MeetingDate = date,
        PackId = PackId,
        Title = "",
        Text = "",
        Sources = [PackId],
        MeetingId = meetingId,
    };

    /// <summary>A report's "Officers to contact", one a line, as an Extra value (null when it prints none).</summary>
    public static string? Contacts(IReadOnlyList<Officers.OfficerContact> contacts) =>
        contacts.Count > 0
            ? string.Join('\n', contacts.Select(c => string.Join(", ", new[] { c.Name, c.Role, c.Phone, c.Email }.Where(s => !string.IsNullOrWhiteSpace(s)))))
            : null;

    /// <summary>The pairs that have a value, as a record's Extra.</summary>
    public static Dictionary<string, string> Extra(params (string Key, string? Value)[] pairs) =>
        pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(p => p.Key, p => p.Value!);
}
