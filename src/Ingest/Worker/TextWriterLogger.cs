using Microsoft.Extensions.Logging;

namespace AgendaSearch.Ingest.Worker;

/// <summary>The pipeline's log as plain lines above a level, for the `ingest` verb (which prints each file's outcome itself).</summary>
internal sealed class TextWriterLogger(TextWriter output, LogLevel minimum) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
            return;
        lock (output)
            output.WriteLine($"{logLevel.ToString().ToLowerInvariant()}: {formatter(state, exception)}" + (exception is null ? "" : $" ({exception.Message})"));
    }
}
