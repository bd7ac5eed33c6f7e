namespace AgendaSearch.Ingest.Worker;

/// <summary>A file to extract, with the size, time and hash it had when it was planned.</summary>
internal sealed record WorkItem(string File, FileFacts Facts, string Hash);
