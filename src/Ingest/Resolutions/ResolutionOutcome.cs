using System.Text.RegularExpressions;

namespace AgendaSearch.Ingest.Resolutions;

/// <summary>
/// The outcome word that closes a numbered resolution, at the end of its last line: "... as published.
/// Carried.", "Time: 6:57 p.m. Carried", "CARRIED UNANIMOUSLY", or "Deferred.", "Defeated.", "Lost.",
/// "Withdrawn.", "Tabled.", "Failed." for a motion that decided nothing.
/// </summary>
internal static partial class ResolutionOutcome
{
    public static Outcome? Find(string line)
    {
        var m = Word().Match(line);
        if (!m.Success)
            return null;
        return m.Groups["w"].Value.ToLowerInvariant() is "carried" ? Outcome.Carried : Outcome.NotCarried;
    }

    /// <summary>The line without its outcome word.</summary>
    public static string Without(string line) => Word().Replace(line, "").TrimEnd();

    [GeneratedRegex(@"(?:^|(?<=[.:;]\s+))(?<w>Carried|CARRIED|Deferred|DEFERRED|Defeated|DEFEATED|Lost|LOST|Withdrawn|WITHDRAWN|Tabled|TABLED|Failed|FAILED)(?:\s+(?:unanimously|UNANIMOUSLY|as\s+amended))?\.?\s*$")]
    private static partial Regex Word();
}
