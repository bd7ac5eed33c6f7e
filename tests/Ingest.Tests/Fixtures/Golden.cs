namespace AgendaSearch.Ingest.Tests.Fixtures;

/// <summary>
/// Compares output with an expected file checked in beside the fixture. Run the tests with
/// UPDATE_GOLDEN=1 to write the files instead (then review the diff before committing).
/// </summary>
internal static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static void Verify(string actual, string expectedPath)
    {
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"missing expected file {expectedPath}; run with UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(expectedPath).Replace("\r\n", "\n"), actual);
    }
}
