using System.Reflection;
using System.Text;
using System.Xml;
using AgendaSearch.Index.Search;
using Microsoft.AspNetCore.Http.Metadata;

namespace AgendaSearch.SearchApi.Feeds;

/// <summary>
/// Writes an <see cref="AtomFeed"/>. A feed is one page of hits (at most 100), so it is built in
/// memory with a synchronous XmlWriter and then sent in one asynchronous write.
/// </summary>
internal sealed class FeedResult(IReadOnlyList<SearchHit> hits, string title) : IResult, IEndpointMetadataProvider
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            new AtomFeed(httpContext.Request, title).Write(xml, hits);
        }

        httpContext.Response.ContentType = AtomFeed.ContentType;
        httpContext.Response.ContentLength = buffer.Length;
        await httpContext.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["application/atom+xml"]));
}
