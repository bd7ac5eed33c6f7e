using AgendaSearch.Ingest.Commands;

// Verbs of the Ingest executable. Each command lives in Commands/ and owns its arguments.
ICommand[] commands = [new DumpCommand(), new InspectCommand(), new ExtractCommand(), new IngestCommand(), new ScoreCommand()];

var command = args.Length > 0 ? commands.FirstOrDefault(c => c.Name == args[0]) : null;
if (command is null)
{
    Console.Error.WriteLine("usage: dotnet run --project src/Ingest -- VERB ...");
    foreach (var c in commands)
        Console.Error.WriteLine("  " + c.Usage);
    return 2;
}
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };
return await command.RunAsync(args[1..], Console.Out, Console.Error, cancellation.Token);
