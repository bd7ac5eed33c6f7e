using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgendaSearch.Ingest.Serialization;

/// <summary>
/// The one JSON shape of parsed packs, used by `inspect` and by anything that stores or ships an
/// <see cref="Packs.AgendaPack"/>: indented, camelCase, nulls left out, DateOnly as "yyyy-MM-dd"
/// (System.Text.Json's own format), non-ASCII text ("’", "–", "£") written as is, and pages as
/// {number, printedNumber, agendaItemStamp, text} without line geometry (<see cref="PackPageJsonConverter"/>).
/// This is the shape ../shared/tools/score-pack reads.
/// </summary>
public static class PackJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new PackPageJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
