using AgendaSearch.PackGenerator.Content;

namespace AgendaSearch.PackGenerator.Layout;

/// <summary>Sets planned blocks on a flow: bold headings kept with what follows, hanging numbered paragraphs, tables.</summary>
internal sealed class BlockWriter(Flow flow, double size = 11)
{
    private const double Indent = 28;
    private double Gap => size * 0.7;

    public void Write(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
            Write(block);
    }

    public void Write(Block block)
    {
        switch (block.Kind)
        {
            case BlockKind.Paragraph:
                flow.Line(block.Text, size);
                flow.Gap(Gap);
                break;
            case BlockKind.Heading:
                flow.KeepRoom(size * 1.3 * 4);
                flow.Line(block.Text, size, Face.Bold);
                flow.Gap(Gap);
                break;
            case BlockKind.Numbered:
                var x = Canvas.Left + block.Level * Indent;
                flow.Row(size, new Cell(block.Label!, x, Indent), new Cell(block.Text, x + Indent, Canvas.Right - x - Indent));
                flow.Gap(Gap);
                break;
            case BlockKind.TableRow:
                var left = Canvas.Left + Indent;
                flow.Row(size, new Cell(block.Label!, left, 270), new Cell(block.Text, left + 270, 90, Align: Align.Right));
                flow.Gap(2);
                break;
        }
    }
}
