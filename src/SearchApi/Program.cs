using AgendaSearch.SearchApi.Citations;
using AgendaSearch.SearchApi.Cluster;
using AgendaSearch.SearchApi.Documents;
using AgendaSearch.SearchApi.Export;
using AgendaSearch.SearchApi.Feeds;
using AgendaSearch.SearchApi.Health;
using AgendaSearch.SearchApi.Hosting;
using AgendaSearch.SearchApi.Ingest;
using AgendaSearch.SearchApi.Meetings;
using AgendaSearch.SearchApi.Packs;
using AgendaSearch.SearchApi.Search;
using AgendaSearch.SearchApi.Trail;

namespace AgendaSearch.SearchApi;

/// <summary>
/// The web host. A named class in this namespace rather than top-level statements, so tests can
/// write WebApplicationFactory&lt;Program&gt; without colliding with the Ingest tool's Program.
/// </summary>
public sealed class Program
{
    /// <summary>Builds and runs the host; see "The search API" in README.md for the settings.</summary>
    public static void Main(string[] args)
    {
        // Settings and the web page come with the app (its output folder); Corpus:Path and Index:Path
        // stay relative to the working directory, which `dotnet run` leaves where the command was typed.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseStaticWebAssets();

        builder.Services.AddProblemDetails();
        builder.Services.AddApiJson();
        builder.Services.AddOpenApi();
        builder.Services.AddSearchIndex();
        builder.Services.AddPackFiles();
        builder.Services.AddHealth();
        builder.Services.AddIngest();
        builder.AddCluster();

        var app = builder.Build();

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();

        app.MapOpenApi();
        app.MapSearchEndpoints();
        app.MapDocumentEndpoints();
        app.MapMeetingEndpoints();
        app.MapPackEndpoints();
        app.MapHealthEndpoints();
        app.MapIngestEndpoints();
        app.MapTrailEndpoints();
        app.MapFeedEndpoints();
        app.MapExportEndpoints();
        app.MapCitationEndpoints();

        app.LogWhereItServes();
        app.Run();
    }
}
