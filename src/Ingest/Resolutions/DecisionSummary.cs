using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Resolutions;

/// <summary>
/// A minute that votes recommendation by recommendation may close with a summary that restates
/// what was decided ("SUMMARY OF APPROVED RECOMMENDATIONS" / "The Policy Committee RESOLVED:").
/// The summary's decisions are the minute's; those recorded along the way are the same decisions
/// again, not more of them.
/// </summary>
internal static partial class DecisionSummary
{
    /// <summary>The line of the summary heading, or -1.</summary>
    public static int Find(IReadOnlyList<PackLine> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
            if (Heading().IsMatch(lines[i].Text))
                return i;
        return -1;
    }

    [GeneratedRegex(@"^summary\s+of\s+(?:the\s+)?(?:approved\s+|agreed\s+)?(?:recommendations|decisions|resolutions)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}
