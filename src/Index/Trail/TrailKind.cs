namespace AgendaSearch.Index.Trail;

/// <summary>The kinds of step in a decision trail, in the order a trail lists them; <see cref="TrailKinds.Name"/> spells them.</summary>
public enum TrailKind
{
    /// <summary>The agenda item the minute records.</summary>
    Item,

    /// <summary>The officer report put to the meeting under that item (the same record as the item).</summary>
    Report,

    Minute,

    Resolution,

    /// <summary>The minutes printed in a later pack for confirmation as a correct record.</summary>
    Confirmation,

    /// <summary>A record of a later meeting that cites the minute or the report.</summary>
    Reference,
}
