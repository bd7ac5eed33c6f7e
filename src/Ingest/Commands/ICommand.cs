namespace AgendaSearch.Ingest.Commands;

/// <summary>A verb of the Ingest executable: `inspect`, `extract`, `ingest`.</summary>
internal interface ICommand
{
    string Name { get; }
    string Usage { get; }
    Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation);
}
