namespace AgendaSearch.Records;

/// <summary>
/// The closed set of record kinds. Each has one lower-case name (<see cref="RecordKinds.Name"/>) used in
/// the API, the index's type field, facets and citation text; nothing else spells the kinds out.
/// </summary>
public enum RecordKind
{
    /// <summary>A meeting, read from its own front sheet or derived from minutes or reports that name it.</summary>
    Meeting,

    /// <summary>An agenda item, with its officer report where the document prints one.</summary>
    Item,

    /// <summary>One numbered (or headed) entry of a set of minutes.</summary>
    Minute,

    /// <summary>One part of a decision recorded in a minute.</summary>
    Resolution,

    /// <summary>A public or member's question, with its reply.</summary>
    Question,

    /// <summary>Text of a document that no structured record holds, kept so that every word stays findable.</summary>
    Section,
}
