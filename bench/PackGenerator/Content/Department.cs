namespace AgendaSearch.PackGenerator.Content;

/// <summary>A directorate: its director writes the reports ("REPORT OF THE DIRECTOR OF ..."), its officers are the contacts.</summary>
internal sealed record Department(string Name, string Director, IReadOnlyList<Officer> Officers);
