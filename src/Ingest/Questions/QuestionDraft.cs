using System.Text.RegularExpressions;

namespace AgendaSearch.Ingest.Questions;

/// <summary>A question being read: its parts collect lines until the next question starts.</summary>
internal sealed class QuestionDraft(string askedBy, string? to, int page)
{
    public string AskedBy { get; set; } = askedBy;
    public string? To { get; set; } = to;
    public string? AnsweredBy { get; set; }
    public List<string> Text { get; } = [];
    public List<string> Reply { get; } = [];
    public List<string> Supplementary { get; } = [];
    private int first = page;
    private int last = page;

    public int[] Pages => [first, last];

    public void Add(List<string> part, string text, int onPage)
    {
        if (text.Length == 0)
            return;
        part.Add(text);
        first = Math.Min(first, onPage);
        last = Math.Max(last, onPage);
    }

    /// <summary>The lines as one text, without the quotation marks around a quoted question.</summary>
    public static string Join(List<string> lines) =>
        Regex.Replace(string.Join(' ', lines), @"\s+", " ").Trim().Trim('“', '”', '"').Trim();
}
