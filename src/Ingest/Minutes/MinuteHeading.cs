namespace AgendaSearch.Ingest.Minutes;

/// <summary>A minute's heading: its line, its number (null when unnumbered), title, and how many lines the heading takes.</summary>
internal sealed record MinuteHeading(int Line, int? Number, string Title, int Length);
