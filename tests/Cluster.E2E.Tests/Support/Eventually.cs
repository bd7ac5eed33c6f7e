namespace AgendaSearch.Cluster.E2E.Tests.Support;

/// <summary>
/// Waiting for a condition in other processes: polled until it holds or a generous limit passes, then a failure
/// that says what was awaited, what was last seen and what the processes printed.
/// </summary>
internal static class Eventually
{
    /// <summary>Polls <paramref name="check"/> (returning null when satisfied, else what it saw) every 250 ms.</summary>
    public static async Task HoldsAsync(string what, TimeSpan limit, Func<Task<string?>> check, Func<string>? context = null)
    {
        var deadline = DateTime.UtcNow + limit;
        string? seen = "not checked";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                seen = await check();
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or HttpRequestException or System.Text.Json.JsonException or InvalidOperationException)
            {
                seen = e.GetType().Name + ": " + e.Message;
            }
            if (seen is null)
                return;
            await Task.Delay(250);
        }
        Assert.Fail($"Waited {limit.TotalSeconds:F0} s for {what}; last seen: {seen}\n{context?.Invoke()}");
    }
}
