namespace AgendaSearch.Index.Trail;

/// <summary>How a trail step was linked to the one it follows from.</summary>
internal static class TrailLink
{
    /// <summary>The minute prints the item's number ("(Item 8)", "the report marked 'Agenda Item 8'").</summary>
    public const string ItemNumber = "item-number";

    /// <summary>The minute's title is the item's title, or the start of it.</summary>
    public const string Title = "title";

    /// <summary>The resolution was read under the minute.</summary>
    public const string Parent = "parent";

    /// <summary>The pack prints the minutes (a source of the minute record).</summary>
    public const string PrintedIn = "printed-in";

    /// <summary>The record's text cites the minute by number and meeting date.</summary>
    public const string MentionsMinute = "mentions-minute";

    /// <summary>The record's title or text carries the report's or minute's full title.</summary>
    public const string MentionsTitle = "mentions-title";
}
