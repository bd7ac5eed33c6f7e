using System.Globalization;
using System.Xml.Linq;

namespace AgendaSearch.SearchApi.Tests.Feeds;

/// <summary>
/// The constraints RFC 4287 puts on a feed and its entries (sections 4.1.1, 4.1.2, 4.2.7, 3.3),
/// checked on a parsed document; each broken rule is one message.
/// </summary>
internal static class AtomRules
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static IReadOnlyList<string> Check(XDocument document)
    {
        var problems = new List<string>();
        var feed = document.Root!;
        if (feed.Name != Atom + "feed")
        {
            return [$"the root is {feed.Name}, not atom:feed"];
        }

        var entries = feed.Elements(Atom + "entry").ToList();
        ExactlyOne(feed, "feed", problems, "id", "title", "updated");
        AtMostOne(feed, "feed", problems, "subtitle", "rights", "icon", "logo", "generator");
        if (!feed.Elements(Atom + "author").Any() && entries.Any(e => !e.Elements(Atom + "author").Any()))
        {
            problems.Add("the feed has no atom:author and not every entry has one");
        }

        if (!feed.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") == "self"))
        {
            problems.Add("the feed has no link rel=\"self\"");
        }

        CheckCommon(feed, "feed", problems);
        foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
        {
            var where = $"entry {i + 1}";
            ExactlyOne(entry, where, problems, "id", "title", "updated");
            AtMostOne(entry, where, problems, "content", "published", "rights", "source", "summary");
            var content = entry.Element(Atom + "content");
            if (content is null && !entry.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") is null or "alternate"))
            {
                problems.Add($"{where} has neither atom:content nor a link rel=\"alternate\"");
            }

            if (entry.Element(Atom + "summary") is null && (content is null || content.Attribute("src") is not null))
            {
                problems.Add($"{where} needs atom:summary");
            }

            CheckCommon(entry, where, problems);
        }

        var ids = entries.Select(e => (string?)e.Element(Atom + "id")).ToList();
        if (ids.Distinct().Count() != ids.Count)
        {
            problems.Add("two entries share an atom:id");
        }

        return problems;
    }

    /// <summary>Ids are absolute IRIs, dates RFC 3339, links have href, text constructs a known type, one alternate per type.</summary>
    private static void CheckCommon(XElement element, string where, List<string> problems)
    {
        if (element.Element(Atom + "id") is { } id && !Uri.TryCreate(id.Value, UriKind.Absolute, out _))
        {
            problems.Add($"{where}: atom:id \"{id.Value}\" is not an absolute IRI");
        }

        foreach (var date in element.Elements(Atom + "updated").Concat(element.Elements(Atom + "published")))
        {
            if (!DateTimeOffset.TryParseExact(date.Value, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"],
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                problems.Add($"{where}: \"{date.Value}\" is not an RFC 3339 date-time");
            }
        }

        foreach (var link in element.Elements(Atom + "link").Where(l => l.Attribute("href") is null))
        {
            problems.Add($"{where}: a link has no href");
        }

        foreach (var text in new[] { "title", "summary", "subtitle", "rights" }.SelectMany(n => element.Elements(Atom + n)))
        {
            if ((string?)text.Attribute("type") is { } type && type is not ("text" or "html" or "xhtml"))
            {
                problems.Add($"{where}: atom:{text.Name.LocalName} has type \"{type}\"");
            }
        }

        var alternates = element.Elements(Atom + "link")
            .Where(l => (string?)l.Attribute("rel") is null or "alternate")
            .GroupBy(l => ((string?)l.Attribute("type"), (string?)l.Attribute("hreflang")));
        if (alternates.Any(g => g.Count() > 1))
        {
            problems.Add($"{where}: two alternate links with the same type and hreflang");
        }
    }

    private static void ExactlyOne(XElement element, string where, List<string> problems, params string[] names)
    {
        foreach (var name in names.Where(n => element.Elements(Atom + n).Count() != 1))
        {
            problems.Add($"{where} must have exactly one atom:{name}");
        }
    }

    private static void AtMostOne(XElement element, string where, List<string> problems, params string[] names)
    {
        foreach (var name in names.Where(n => element.Elements(Atom + n).Count() > 1))
        {
            problems.Add($"{where} has more than one atom:{name}");
        }
    }
}
