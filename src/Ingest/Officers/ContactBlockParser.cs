using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Officers;

/// <summary>
/// An "Officers to Contact" / "Contact details" / "Report Author" block: per person a name (optionally
/// ", role" on the same line), role and department lines, and phone and email, each on its own line or
/// together ("Tel: 0116 305 7019 Email: tom.purnell@leics.gov.uk"), labelled or not ("Name:", "Tel:").
/// The block ends at a heading or at a line after someone's details that is not a new name.
/// </summary>
internal static partial class ContactBlockParser
{
    private const int MaxLines = 40;

    /// <summary>The people listed from line <paramref name="start"/> on (the line after the block's heading).</summary>
    public static IReadOnlyList<OfficerContact> Parse(IReadOnlyList<PackLine> lines, int start, string? inline = null)
    {
        var texts = new List<string>();
        if (!string.IsNullOrWhiteSpace(inline))
            texts.AddRange(Separator().Split(inline).Where(t => t.Trim().Length > 0));
        texts.AddRange(lines.Skip(start).Take(MaxLines).Select(l => l.Text));
        var people = new List<OfficerContact>();
        OfficerContact? current = null;
        for (var n = 0; n < texts.Count; n++)
        {
            var text = texts[n];
            if ((people.Count > 0 || current is not null) && EndsBlock(text))
                break;
            var e = Email().Match(text);
            var email = e.Success ? e.Value.TrimEnd('.') : null;
            if (email is not null)
                text = text.Replace(e.Value, " ");
            var phone = FindPhone(text);
            if (phone is not null)
                text = text.Replace(phone, " ");
            var label = Label().Match(text);
            var kind = label.Success ? label.Groups[1].Value.ToLowerInvariant() : "";
            if (kind is "report author" or "author" or "relevant director" or "lead officer" or "contact officer" or "contact")
                kind = "name";
            var rest = Regex.Replace(Labels().Replace(label.Success ? text[label.Length..] : text, " "), @"\s+", " ").Trim(' ', ',', ':', '☎', '✆', '-');
            var details = current is not null && (current.Phone is not null || current.Email is not null);
            if (rest.Length > 0 && (kind == "name" || (kind.Length == 0 && PersonName.LooksLikeName(rest) && (current is null || details || current.Role is not null))))
            {
                if (current is not null)
                    people.Add(current);
                var comma = kind == "name" ? -1 : rest.IndexOf(',');
                current = comma < 0
                    ? new OfficerContact(rest)
                    : new OfficerContact(rest[..comma].Trim(), NullIfEmpty(rest[(comma + 1)..].Trim(' ', ',')));
            }
            else if (rest.Length > 0 && kind is "" or "title" or "job title" or "role" or "position" or "designation")
            {
                if (current is null && n < 2)
                    continue;
                if (current is null || (details && kind.Length == 0))
                    break;
                current = current with { Role = AppendRole(current.Role, rest) };
            }
            if (current is not null)
                current = current with { Phone = current.Phone ?? phone, Email = current.Email ?? email };
        }
        if (current is not null)
            people.Add(current);
        return people;
    }

    /// <summary>A telephone number in the text ("0116 305 6199", "03000 414286", "(555) 123-4567"), or null.</summary>
    public static string? FindPhone(string text) =>
        Phone().Matches(text).Select(m => m.Value.Trim()).FirstOrDefault(v => v.Count(char.IsDigit) >= 9);

    private static string AppendRole(string? role, string more)
    {
        if (role is null)
            return more.TrimEnd(',');
        var wraps = !role.EndsWith(',') && (Words.StartsLower(more) || Words.Count(more) == 1 || RoleText.IsOpen(role));
        var glue = wraps ? " " : ", ";
        return role.TrimEnd(',') + glue + more.TrimEnd(',');
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static bool EndsBlock(string text) =>
        BlockEnd().IsMatch(text) || (Words.IsAllCaps(text) && Words.Count(text) >= 2 && !Email().IsMatch(text));

    [GeneratedRegex(@"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\w/])(?:\+\d{1,3}[\s-]?)?\(?\d{3,5}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w/])")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^\s*(name|report author|author|relevant director|lead officer|contact officer|contact|job title|title|role|position|designation|tel(?:ephone)?|phone|direct dial|mobile|e-?mail)\s*[:.]", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"\b(?:name|job title|role|position|designation|tel(?:ephone)?|phone|direct dial|mobile|e-?mail|email address|ext(?:ension)?)\b\s*[:.]?|(?<!\w)[TE]:", RegexOptions.IgnoreCase)]
    private static partial Regex Labels();

    [GeneratedRegex(@"^(?:list of )?appendi(?:x|ces)\b|^background papers|^part [a-z]\b|^equality|^circulation|^relevant impact|^implications|^reasons? for|^recommendations?\b|^\d{1,3}\.\s", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"\s*(?:;|\s-\s)\s*")]
    private static partial Regex Separator();
}
