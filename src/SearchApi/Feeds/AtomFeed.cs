using System.Globalization;
using System.Net;
using System.Xml;
using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi.Citations;
using AgendaSearch.SearchApi.Contracts;

namespace AgendaSearch.SearchApi.Feeds;

/// <summary>
/// One page of search hits as an Atom 1.0 feed (RFC 4287). The feed's id is its own URL (the same
/// search is the same feed); an entry's id and alternate link are the record's absolute citation URL,
/// which survives re-indexing, so a reader never shows a record twice. Records carry no time of their
/// own, so an entry's updated is its meeting date (midnight UTC; 1970-01-01 when undated) and the
/// feed's is its newest entry's.
/// </summary>
internal sealed class AtomFeed(HttpRequest request, string title)
{
    public const string Namespace = "http://www.w3.org/2005/Atom";
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public void Write(XmlWriter xml, IReadOnlyList<SearchHit> hits)
    {
        var self = CitationLinks.Absolute(request, request.Path + request.QueryString);
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Namespace);
        xml.WriteElementString("id", Namespace, self);
        xml.WriteElementString("title", Namespace, title);
        xml.WriteElementString("updated", Namespace, Timestamp(hits.Select(h => h.Record.MeetingDate).Max()));
        Link(xml, "self", "application/atom+xml", self);
        Link(xml, "alternate", "text/html", CitationLinks.Absolute(request, "/" + request.QueryString));
        xml.WriteStartElement("author", Namespace);
        xml.WriteElementString("name", Namespace, "AgendaSearch");
        xml.WriteEndElement();
        xml.WriteElementString("generator", Namespace, "AgendaSearch");
        foreach (var hit in hits)
        {
            Entry(xml, hit);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private void Entry(XmlWriter xml, SearchHit hit)
    {
        var summary = RecordSummary.From(hit);
        var url = CitationLinks.Absolute(request, summary.Url);
        xml.WriteStartElement("entry", Namespace);
        xml.WriteElementString("id", Namespace, url);
        xml.WriteElementString("title", Namespace, string.IsNullOrWhiteSpace(summary.Title) ? summary.Citation : summary.Title);
        xml.WriteElementString("updated", Namespace, Timestamp(hit.Record.MeetingDate));
        Link(xml, "alternate", "text/html", url);
        Link(xml, "related", "application/pdf", CitationLinks.Absolute(request, summary.Pdf));
        xml.WriteStartElement("category", Namespace);
        xml.WriteAttributeString("term", summary.Type);
        xml.WriteEndElement();
        xml.WriteStartElement("summary", Namespace);
        xml.WriteAttributeString("type", "html");
        xml.WriteString($"<p>{WebUtility.HtmlEncode(summary.Citation)}</p><p>{summary.Snippet}</p>");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>An RFC 3339 date-time, as Atom requires.</summary>
    private static string Timestamp(DateOnly? date) =>
        (date ?? DateOnly.FromDateTime(DateTime.UnixEpoch)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
