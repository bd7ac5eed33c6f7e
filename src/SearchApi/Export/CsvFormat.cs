using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AgendaSearch.SearchApi.Export;

/// <summary>
/// RFC 4180 CSV: a header row, CRLF line ends, a field quoted when it holds a comma, quote, CR or LF,
/// quotes doubled. Lists are joined with "; ", pages as "first-last", extras as a JSON object.
/// A cell starting with = + - @ (or a tab or CR) gets a leading apostrophe so a spreadsheet shows
/// it as text rather than running it as a formula (CSV injection).
/// </summary>
internal sealed class CsvFormat : IExportFormat
{
    private static readonly (string Name, Func<ExportRow, string?> Value)[] Columns =
    [
        ("id", r => r.Id),
        ("url", r => r.Url),
        ("citation", r => r.Citation),
        ("type", r => r.Type),
        ("council", r => r.Council),
        ("body", r => r.Body),
        ("meetingDate", r => r.MeetingDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("title", r => r.Title),
        ("itemNumber", r => r.ItemNumber?.ToString(CultureInfo.InvariantCulture)),
        ("minuteNumber", r => r.MinuteNumber?.ToString(CultureInfo.InvariantCulture)),
        ("resolutionLabel", r => r.ResolutionLabel),
        ("officers", r => string.Join("; ", r.Officers)),
        ("askedBy", r => r.AskedBy),
        ("answeredBy", r => r.AnsweredBy),
        ("pages", r => r.Pages.Length > 0 ? $"{r.Pages[0]}-{r.Pages[^1]}" : null),
        ("pdf", r => r.Pdf),
        ("meetingId", r => r.MeetingId),
        ("parentId", r => r.ParentId),
        ("packId", r => r.PackId),
        ("sources", r => string.Join("; ", r.Sources)),
        ("score", r => r.Score.ToString("0.####", CultureInfo.InvariantCulture)),
        ("snippet", r => r.Snippet),
        ("extra", r => r.Extra.Count > 0 ? JsonSerializer.Serialize(r.Extra) : null),
        ("text", r => r.Text),
    ];

    public string ContentType => "text/csv; charset=utf-8; header=present";

    public string Extension => "csv";

    public bool ByteOrderMark => true;

    public static IReadOnlyList<string> ColumnNames { get; } = Columns.Select(c => c.Name).ToList();

    public string Header() => Join(ColumnNames);

    public string Line(ExportRow row) => Join(Columns.Select(c => c.Value(row)));

    /// <summary>One CSV field: guarded against formulas, quoted when it must be.</summary>
    public static string Cell(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private static string Join(IEnumerable<string?> values) =>
        new StringBuilder().AppendJoin(',', values.Select(Cell)).Append("\r\n").ToString();
}
