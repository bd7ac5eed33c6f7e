using System.Globalization;
using System.Reflection;
using System.Text;
using AgendaSearch.Index.Export;
using Microsoft.AspNetCore.Http.Metadata;

namespace AgendaSearch.SearchApi.Export;

/// <summary>
/// Streams a scan to the response: rows are written as the scan reads them from the index and
/// flushed every <see cref="FlushEvery"/> rows, so the first rows reach the client while later ones
/// are still being read and memory does not grow with the result set. The total and the number of
/// rows written come first, as headers (X-Total-Count, X-Export-Count): fewer rows than the total
/// means the export stopped at its limit.
/// </summary>
internal sealed class ExportResult(HitScan scan, IExportFormat format) : IResult, IEndpointMetadataProvider
{
    public const int FlushEvery = 200;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using (scan)
        {
            var response = httpContext.Response;
            var aborted = httpContext.RequestAborted;
            response.ContentType = format.ContentType;
            response.Headers.ContentDisposition = $"attachment; filename=\"agendasearch-export.{format.Extension}\"";
            response.Headers["X-Total-Count"] = scan.Total.ToString(CultureInfo.InvariantCulture);
            response.Headers["X-Export-Count"] = scan.Count.ToString(CultureInfo.InvariantCulture);
            await using var writer = new StreamWriter(response.Body, new UTF8Encoding(format.ByteOrderMark), 16 * 1024, leaveOpen: true);
            try
            {
                await writer.WriteAsync(format.Header());
                var rows = 0;
                foreach (var hit in scan.Hits)
                {
                    await writer.WriteAsync(format.Line(ExportRow.From(hit, httpContext.Request)).AsMemory(), aborted);
                    if (++rows % FlushEvery == 0)
                    {
                        await writer.FlushAsync(aborted);
                    }
                }

                await writer.FlushAsync(aborted);
            }
            catch (OperationCanceledException) when (aborted.IsCancellationRequested)
            {
                // The client went away; there is no one left to tell.
            }
        }
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(
            StatusCodes.Status200OK, typeof(string), ["text/csv", "application/x-ndjson"]));
}
