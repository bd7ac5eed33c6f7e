namespace AgendaSearch.Ingest.Scoring;

/// <summary>A pack's score (the mean of its checks) and each check by name, in the order they were made.</summary>
public sealed record PackScoreResult(double Score, IReadOnlyList<(string Name, double Value)> Checks)
{
    /// <summary>One line per check and the score, as the reference scorer prints them.</summary>
    public string Report() =>
        string.Join('\n', Checks.Select(c => $"{c.Name}: {c.Value:0.00}").Append($"score: {Score:0.000}"));
}
