using AgendaSearch.Ingest.Officers;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Reports;

/// <summary>
/// A report signed off at its end instead of naming its author at the top: the officer's name over their job
/// title as its last lines ("Olive O'Sullivan" / "Acting Town Clerk"). A name with no job title under it is
/// not taken: it may be the last line of a list.
/// </summary>
internal static class ClosingSignature
{
    /// <summary>How many lines from the end the name may stand (the title, and perhaps a phone or date, below it).</summary>
    private const int Reach = 4;

    public static OfficerContact? Read(IReadOnlyList<PackLine> lines)
    {
        for (var i = lines.Count - 2; i >= Math.Max(0, lines.Count - Reach); i--)
        {
            var name = lines[i].Text;
            var role = lines[i + 1].Text;
            if (lines[i + 1].Page == lines[i].Page && Words.Count(name) <= 5
                && PersonName.LooksLikeName(name) && RoleText.IsRole(role))
                return new OfficerContact(PersonName.Clean(name), Words.TrimHeading(role));
        }
        return null;
    }
}
