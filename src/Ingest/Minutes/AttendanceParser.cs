using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Officers;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Minutes;

/// <summary>
/// The attendance blocks before the first minute: "PRESENT" (one name a line, or "Present: Councillors
/// A (Chair), B and C"), "In attendance" / "Also present". The chair is the name marked "(in the Chair)",
/// "(Chairman)" or given after "Chair:". Names are kept without honorifics and post-nominals.
/// </summary>
internal static partial class AttendanceParser
{
    public static Attendance Parse(IEnumerable<PackLine> lines)
    {
        var present = new List<string>();
        var attending = new List<string>();
        string? chair = null;
        List<string>? into = null;
        foreach (var line in lines)
        {
            var text = line.Text;
            var m = Heading().Match(text);
            if (m.Success)
            {
                var label = m.Groups["h"].Value.ToLowerInvariant();
                into = label.StartsWith("apolog") || label.StartsWith("absent") ? null
                    : label.StartsWith("present") || label.StartsWith("chair") || label.StartsWith("members present") ? present
                    : attending;
                text = text[m.Length..];
                if (label.StartsWith("chair") && text.Trim().Length > 0)
                    chair = PersonName.Clean(text);
            }
            if (into is null)
                continue;
            foreach (var part in PersonName.SplitList(text))
            {
                if (!PersonName.LooksLikeName(part))
                    continue;
                var name = PersonName.Clean(part);
                if (ReferenceEquals(into, present) && PersonName.IsMarkedChair(part))
                    chair ??= name;
                if (!into.Contains(name))
                    into.Add(name);
            }
        }
        if (chair is not null && !present.Contains(chair))
            present.Insert(0, chair);
        return new Attendance(present, chair, attending);
    }

    [GeneratedRegex(@"^(?<h>present|members present|councillors present|in attendance|also present|also in attendance|officers present|officers in attendance|staff present|staff|officers|apologies(?: for absence)?|absent|chair(?:man|person)?)\b\s*[:.\-–]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}
