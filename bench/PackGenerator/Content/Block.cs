namespace AgendaSearch.PackGenerator.Content;

/// <summary>
/// One unit of running text in a report or minute. <see cref="Level"/> 1 is a sub-item set one indent further in
/// ("a)" parts under a numbered paragraph). A '\n' in <see cref="Text"/> is a forced line break.
/// </summary>
internal sealed record Block(BlockKind Kind, string Text, string? Label = null, int Level = 0)
{
    public static Block Para(string text) => new(BlockKind.Paragraph, text);

    public static Block Head(string text) => new(BlockKind.Heading, text);

    public static Block Item(string label, string text, int level = 0) => new(BlockKind.Numbered, text, label, level);

    public static Block Row(string label, string figure) => new(BlockKind.TableRow, figure, label);
}
