using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Questions;

namespace AgendaSearch.Ingest.Meetings;

/// <summary>
/// The meeting a questions paper of its own is for, from its heading: a title such as "Public Questions
/// and Mayor's Responses" over the body's name and the date, which may wrap onto one line
/// ("... West of England" / "Joint Committee, Friday 5 June 2026").
/// </summary>
internal static partial class QuestionsPaperHeading
{
    /// <summary>How many lines under the title the body and date may take.</summary>
    private const int Reach = 4;

    public static Meeting? Read(IReadOnlyList<PackLine> front)
    {
        if (!QuestionParser.IsQuestionsPaper(front))
            return null;
        var title = front.ToList().FindIndex(l => QuestionParser.IsSectionHeading(l.Text));
        if (title < 0)
            return null;
        var body = new List<string>();
        for (var i = title + 1; i < Math.Min(front.Count, title + 1 + Reach); i++)
        {
            var text = front[i].Text;
            if (DateText.Find(text) is { } date)
            {
                body.Add(DatePart().Replace(text, ""));
                var name = Words.TrimHeading(Regex.Replace(string.Join(' ', body), @"\s+", " ").Trim(' ', ',', '–', '-'));
                return name.Length > 0 ? new Meeting(name, date, From: "questions-paper") : null;
            }
            body.Add(text);
        }
        return null;
    }

    /// <summary>The date with its weekday and the comma before it: ", Friday 05 March 2026".</summary>
    [GeneratedRegex(@"[,–-]?\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}.*$")]
    private static partial Regex DatePart();
}
