using System.Globalization;
using System.Text;
using System.Text.Json;
using AgendaSearch.Ingest.Extraction.Ocr;
using AgendaSearch.Ingest.Serialization;

namespace AgendaSearch.Ingest.Isolation;

/// <summary>
/// How an `extract --serve` child answers on stdout: one frame per file, a header line with the UTF-8 byte length
/// of the JSON and "last" when the child leaves after this answer (so the parent sends it nothing more), then the
/// <see cref="ExtractionResult"/> JSON itself (<see cref="PackJson"/>, which is indented, so a line per result
/// would not do). A length also tells a cut-off answer (a child killed mid-write) from a whole one.
/// While scanned pages are read by OCR the child first sends progress lines, "ocr DONE OF", which the parent
/// hands to its caller and reads on.
/// </summary>
internal static class ResultFrame
{
    private const string LastMark = " last";
    private const string ProgressMark = "ocr ";

    // A length line is a few digits; anything longer means the stream is not speaking this protocol.
    private const int MaxHeader = 20;

    public static void Write(Stream output, ExtractionResult result, bool last)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(result, PackJson.Options);
        output.Write(Encoding.ASCII.GetBytes(json.Length.ToString(CultureInfo.InvariantCulture) + (last ? LastMark : "") + "\n"));
        output.Write(json);
        output.Flush();
    }

    public static void WriteProgress(Stream output, OcrCount count)
    {
        output.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{ProgressMark}{count.Done} {count.Of}\n")));
        output.Flush();
    }

    public static Task<(ExtractionResult Result, bool Last)?> ReadAsync(Stream input, CancellationToken cancellation) =>
        ReadAsync(input, null, cancellation);

    /// <summary>
    /// The next result and whether it is the child's last, or null when the stream ends (or breaks off) before a
    /// whole, well-formed frame. Progress lines before it go to <paramref name="progress"/>.
    /// </summary>
    public static async Task<(ExtractionResult Result, bool Last)?> ReadAsync(Stream input, Action<OcrCount>? progress, CancellationToken cancellation)
    {
        string text;
        while (true)
        {
            if (await ReadHeaderAsync(input, cancellation) is not { } line)
                return null;
            if (!line.StartsWith(ProgressMark, StringComparison.Ordinal))
            {
                text = line;
                break;
            }
            if (line[ProgressMark.Length..].Split(' ') is [var done, var of]
                && int.TryParse(done, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                && int.TryParse(of, NumberStyles.None, CultureInfo.InvariantCulture, out var o))
                progress?.Invoke(new OcrCount(d, o));
        }
        var last = text.EndsWith(LastMark, StringComparison.Ordinal);
        if (!int.TryParse(last ? text[..^LastMark.Length] : text, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            return null;
        var json = new byte[length];
        try
        {
            await input.ReadExactlyAsync(json, cancellation);
            return JsonSerializer.Deserialize<ExtractionResult>(json, PackJson.Options) is { } r && (r.Pack is not null || r.Error is not null) ? (r, last) : null;
        }
        catch (Exception e) when (e is EndOfStreamException or JsonException)
        {
            return null;
        }
    }

    private static async Task<string?> ReadHeaderAsync(Stream input, CancellationToken cancellation)
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await input.ReadAsync(one, cancellation) == 0 || header.Length > MaxHeader)
                return null;
            if (one[0] == '\n')
                return header.ToString();
            header.Append((char)one[0]);
        }
    }
}
