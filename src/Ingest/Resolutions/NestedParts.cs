using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Resolutions;

/// <summary>
/// A numbered part that is only a heading over lettered decisions ("2. Residents Parking" over
/// "a. Approve ...", "b. Approved ...") is split into those decisions, labelled "2a", "2b". A part
/// whose own words introduce its list ("That the strategy be approved, subject to:" over "a. the
/// comments of ...", or a sentence running over lines into "a. Take all steps ...") keeps the list
/// as the limbs of one decision.
/// </summary>
internal static class NestedParts
{
    public static List<(string Label, List<(string Text, int Page)> Lines)> Expand(List<(string Label, List<(string Text, int Page)> Lines)> parts)
    {
        var expanded = new List<(string Label, List<(string Text, int Page)> Lines)>();
        foreach (var part in parts)
        {
            var subs = part.Label.Length > 0 && part.Lines.Count > 1 && IsHeading(part.Lines[0].Text)
                ? ResolutionParser.Sequence(part.Lines.Skip(1))
                : [];
            // The heading is one line: words running on to the list ("... subject to approval by the
            // MCA to" / "a. Take all steps ...") are one decision with its limbs.
            if (subs.Count < 2 || subs[0].Label == "" || subs.Any(s => !char.IsLetter(s.Label[0])))
            {
                expanded.Add(part);
                continue;
            }
            expanded.AddRange(subs.Select(s => (part.Label + s.Label, (List<(string Text, int Page)>)[part.Lines[0], .. s.Lines])));
        }
        return expanded;
    }

    /// <summary>A heading names a topic: it neither introduces a list (":" "," ";") nor opens as a decision ("That ...", "To ...").</summary>
    private static bool IsHeading(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && !":,;".Contains(t[^1]) && !Words.EndsOpen(t)
            && !t.StartsWith("that ", StringComparison.OrdinalIgnoreCase) && !t.StartsWith("to ", StringComparison.OrdinalIgnoreCase);
    }
}
