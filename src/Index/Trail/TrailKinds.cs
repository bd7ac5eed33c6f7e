namespace AgendaSearch.Index.Trail;

/// <summary>The one place the trail steps' kinds are spelt, as the API and the page name them.</summary>
public static class TrailKinds
{
    /// <summary>"item", "report", "minute", "resolution", "confirmation", "reference".</summary>
    public static string Name(this TrailKind kind) => kind switch
    {
        TrailKind.Item => "item",
        TrailKind.Report => "report",
        TrailKind.Minute => "minute",
        TrailKind.Resolution => "resolution",
        TrailKind.Confirmation => "confirmation",
        TrailKind.Reference => "reference",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a trail step kind."),
    };
}
