namespace AgendaSearch.Index.Trail;

/// <summary>The kinds of step in a decision trail, in the order a trail lists them.</summary>
public static class TrailKind
{
    /// <summary>The agenda item the minute records.</summary>
    public const string Item = "item";

    /// <summary>The officer report put to the meeting under that item (the same record as the item).</summary>
    public const string Report = "report";

    public const string Minute = "minute";

    public const string Resolution = "resolution";

    /// <summary>The minutes printed in a later pack for confirmation as a correct record.</summary>
    public const string Confirmation = "confirmation";

    /// <summary>A record of a later meeting that cites the minute or the report.</summary>
    public const string Reference = "reference";
}
