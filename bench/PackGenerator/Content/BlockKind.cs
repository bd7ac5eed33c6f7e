namespace AgendaSearch.PackGenerator.Content;

/// <summary>How a block of text is set: the layouts decide fonts and indents, the planners only the structure.</summary>
internal enum BlockKind
{
    /// <summary>Plain wrapped paragraph.</summary>
    Paragraph,
    /// <summary>Bold heading line(s), kept with the text that follows.</summary>
    Heading,
    /// <summary>Label in the margin ("12.", "a)", "(ii)", "•"), text hanging beside it.</summary>
    Numbered,
    /// <summary>A two-column table row: label, right-aligned figure.</summary>
    TableRow,
}
