using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Officers;

namespace AgendaSearch.Ingest.Questions;

/// <summary>The ways a numbered heading names what follows it.</summary>
internal enum HeadingForm
{
    /// <summary>"Question 4 – Councillor Rob Bryher": the asker; the question follows.</summary>
    Named,

    /// <summary>"Question 2 A,B - Chris Whitfield - EV Charging": minutes listing asker and subject, with no question text.</summary>
    Listed,

    /// <summary>"Question 1 - What effect is the CIA having?" or "Q1 - Decision factors": a subject; the asker is named elsewhere.</summary>
    Titled,
}

/// <summary>
/// A numbered question heading followed by a dash: "Question N – Name", "Q1 - Title",
/// "Questions 4 &amp; 5 A,B,C - Name, Organisation - Subject", "Q1 &amp; Q2 – Name". <see cref="Numbers"/>
/// are all the question numbers it covers, the first one leading.
/// </summary>
internal sealed partial record QuestionHeading(HeadingForm Form, int[] Numbers, string? Asker, string? Subject)
{
    public int Number => Numbers[0];

    public static QuestionHeading? Read(string text)
    {
        var m = Heading().Match(text);
        if (!m.Success)
            return null;
        var numbers = Digits().Matches(m.Groups["n"].Value).Select(n => int.Parse(n.Value)).ToArray();
        var parts = Separator().Split(m.Groups["rest"].Value.Trim()).Where(p => p.Length > 0).ToArray();
        if (parts.Length == 0)
            return null;
        var who = parts[0].Split(',')[0].Trim();
        if (!IsName(who))
            return new QuestionHeading(HeadingForm.Titled, numbers, null, m.Groups["rest"].Value.Trim());
        return parts.Length == 1
            ? new QuestionHeading(HeadingForm.Named, numbers, who, null)
            : new QuestionHeading(HeadingForm.Listed, numbers, who, parts[^1].Trim());
    }

    /// <summary>Whether a listed heading's text goes on in the line below ("... - Bus" / "Services").</summary>
    public static bool Continues(string below) => Heading().IsMatch(below) is false && Words(below) <= 8;

    /// <summary>
    /// A person's name, more loosely than <see cref="PersonName.LooksLikeName"/>: a heading names
    /// members of the public, whose surnames may be words that also name jobs ("Jackie Head").
    /// </summary>
    private static bool IsName(string who) =>
        PersonName.LooksLikeName(who) || (CapitalisedWords().IsMatch(who) && !who.Split(' ').All(PersonName.IsRoleWord));

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^(?:(?i:questions?)\s*(?:No\.?\s*)?|Q\s?)(?<n>\d{1,3}(?:\s*[A-Z](?:\s*,\s*[A-Z])*\b)?(?:\s*(?:,|&|and)\s*(?:Q\s?)?\d{1,3}(?:\s*[A-Z](?:\s*,\s*[A-Z])*\b)?)*)\s*[-–—]\s*(?<rest>\S.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}$")]
    private static partial Regex CapitalisedWords();

    [GeneratedRegex(@"\d{1,3}")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+[-–—]\s*|^[-–—]\s*")]
    private static partial Regex Separator();
}
