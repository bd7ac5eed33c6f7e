using AgendaSearch.SearchApi.Corpus;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace AgendaSearch.SearchApi.Hosting;

internal static partial class StartupLog
{
    /// <summary>Once the server listens, logs the URL to open and the corpus folder it serves.</summary>
    public static WebApplication LogWhereItServes(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AgendaSearch");
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                LogListening(logger, address);
            }

            LogCorpus(logger, app.Services.GetRequiredService<IOptions<CorpusOptions>>().Value.FullPath);
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "AgendaSearch listening on {Address}")]
    private static partial void LogListening(ILogger logger, string address);

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving the pack PDFs in {Corpus}")]
    private static partial void LogCorpus(ILogger logger, string corpus);
}
