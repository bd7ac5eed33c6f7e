namespace AgendaSearch.Ingest.Minutes;

/// <summary>
/// A minute's heading: its line, its number (null when unnumbered), title, and how many lines the heading
/// takes. <see cref="Printed"/> keeps a number printed in another form than the integer ("16.03.05",
/// "R2024-206", "22-503"); <see cref="Kind"/> says how the entry records its decisions; <see cref="End"/>,
/// when set, is where the entry's text stops before the next heading (an outcome line, a section heading).
/// </summary>
internal sealed record MinuteHeading(int Line, int? Number, string Title, int Length, string? Printed = null, EntryKind Kind = EntryKind.Minute, int? End = null);
