namespace AgendaSearch.Ingest.Relevance;

/// <summary>
/// The kinds of information need the relevance lists judge, so a ranking change is seen per kind of need
/// rather than per query (names in <see cref="NeedKinds"/>).
/// </summary>
public enum NeedKind
{
    /// <summary>What a body decided (resolved, agreed, approved) about something.</summary>
    Decision,

    /// <summary>Questions asked (by the public or members) about something, with their answers.</summary>
    Question,

    /// <summary>Reports or items presented by an officer or a post ("reports by the Director of ...").</summary>
    ReportBy,

    /// <summary>Everything the papers say about a subject.</summary>
    Topic,

    /// <summary>One record the user remembers by (part of) its title.</summary>
    KnownTitle,

    /// <summary>One record the user knows by its minute or item number.</summary>
    KnownMinute,

    /// <summary>What a parish or town council did about a local matter.</summary>
    Parish,

    /// <summary>A subject typed as an acronym or spelt out (MTFS, Medium Term Financial Strategy).</summary>
    Acronym,
}
