using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AgendaSearch.PackGenerator.Content;
using AgendaSearch.PackGenerator.Layout;

namespace AgendaSearch.PackGenerator.Output;

/// <summary>
/// Lays out and writes each planned pack as NAME.pdf with its ground truth NAME.json beside it, packs in parallel
/// (every pack depends only on its plan), then a manifest.json listing them in plan order.
/// </summary>
internal static class CorpusWriter
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static IReadOnlyList<ManifestEntry> Write(IReadOnlyList<Meeting> meetings, string directory)
    {
        Directory.CreateDirectory(directory);
        var entries = new ManifestEntry[meetings.Count];
        Parallel.For(0, meetings.Count, i =>
        {
            var meeting = meetings[i];
            var pack = PackComposer.Compose(meeting);
            var pdf = PdfEmitter.Write(pack.Pages, meeting.FileStem + ".pdf", $"{meeting.Body.Name} {meeting.Date:yyyy-MM-dd} agenda pack");
            File.WriteAllBytes(Path.Combine(directory, meeting.FileStem + ".pdf"), pdf);
            var truth = TruthBuilder.Build(meeting, pack);
            File.WriteAllText(Path.Combine(directory, meeting.FileStem + ".json"), JsonSerializer.Serialize(truth, Json) + "\n");
            entries[i] = new ManifestEntry(meeting.FileStem + ".pdf", truth.Layout, pack.Pages.Count, pdf.Length, meeting.PreviousFile);
        });
        File.WriteAllText(Path.Combine(directory, "manifest.json"), JsonSerializer.Serialize(entries, Json) + "\n");
        return entries;
    }
}
