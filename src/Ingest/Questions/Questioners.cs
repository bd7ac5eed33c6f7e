using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Officers;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Questions;

/// <summary>
/// Who sent the submission being read, when its questions carry only subjects ("Question 1 - What
/// effect ..."): the "Name:" line of the submission form, else the cover's contents list ("Questions" over
/// "1. Joanna Booth" / "2. Dan Ackroyd"), whose next name takes over when the numbering starts again
/// at 1 without a form of its own.
/// </summary>
internal sealed partial class Questioners
{
    private readonly IReadOnlyList<string> listed;
    private int at = -1;
    private bool named;

    private Questioners(IReadOnlyList<string> listed) => this.listed = listed;

    public string? Current { get; private set; }

    /// <summary>The contents list of questioners, when the paper prints one.</summary>
    public static Questioners Read(IReadOnlyList<PackLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!ListHead().IsMatch(lines[i].Text))
                continue;
            var names = new List<string>();
            for (var k = i + 1; k < lines.Count && Entry().Match(lines[k].Text) is { Success: true } e && e.Groups["n"].Value == $"{names.Count + 1}"; k++)
            {
                if (!PersonName.LooksLikeName(e.Groups["who"].Value))
                    break;
                names.Add(e.Groups["who"].Value.Trim());
            }
            if (names.Count > 0)
                return new Questioners(names);
        }
        return new Questioners([]);
    }

    /// <summary>A "Name: X" line: when it names a person, X's submission starts here.</summary>
    public bool TakeForm(string text)
    {
        var m = FormName().Match(text);
        if (!m.Success || !PersonName.LooksLikeName(m.Groups["who"].Value))
            return false;
        Current = m.Groups["who"].Value.Trim();
        named = true;
        var index = listed.Select(PersonName.Surname).ToList().IndexOf(PersonName.Surname(Current));
        at = index >= 0 ? index : at;
        return true;
    }

    /// <summary>
    /// The asker of a question headed only by a subject. A number that does not follow on (back to 1)
    /// starts the next listed person's submission, unless a form named its sender since.
    /// </summary>
    public string? Asker(bool restarts)
    {
        if ((Current is null || (restarts && !named)) && at + 1 < listed.Count)
            Current = listed[++at];
        named = false;
        return Current;
    }

    [GeneratedRegex(@"^(?:public\s+)?questions?\s*[.:]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListHead();

    [GeneratedRegex(@"^(?<n>\d{1,2})[.)]?\s+(?<who>\S.*)$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^name\s*:\s*(?<who>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex FormName();
}
