using System.Text.Encodings.Web;
using System.Text.Json;

namespace AgendaSearch.SearchApi.Export;

/// <summary>Newline-delimited JSON: one object per line with the row's fields (camelCase), no header.</summary>
internal sealed class NdjsonFormat : IExportFormat
{
    // Relaxed escaping: the file is read as JSON, never pasted into HTML, so quotes and dashes stay readable.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ContentType => "application/x-ndjson; charset=utf-8";

    public string Extension => "ndjson";

    public bool ByteOrderMark => false;

    public string Header() => "";

    public string Line(ExportRow row) => JsonSerializer.Serialize(row, Options) + "\n";
}
