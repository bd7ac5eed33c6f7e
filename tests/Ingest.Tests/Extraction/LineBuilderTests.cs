using AgendaSearch.Ingest.Extraction;

namespace AgendaSearch.Ingest.Tests.Extraction;

public class LineBuilderTests
{
    /// <summary>Words laid out like Helvetica 11: half a point size per character, a quarter-size space.</summary>
    private static List<TextWord> Words(double x, double y, string text, double size = 11, bool bold = false)
    {
        var words = new List<TextWord>();
        foreach (var w in text.Split(' '))
        {
            var right = x + w.Length * size * 0.5;
            words.Add(new TextWord(w, x, right, y, size, bold));
            x = right + size * 0.25;
        }
        return words;
    }

    [Fact]
    public void Orders_lines_top_to_bottom_and_words_left_to_right_whatever_the_input_order()
    {
        var words = Words(72, 700, "second line here").Concat(Words(72, 715, "first line")).Reverse().ToList();

        var lines = LineBuilder.Build(words);

        Assert.Equal(["first line", "second line here"], lines.Select(l => l.Text));
        Assert.Equal(715, lines[0].Y);
        Assert.Equal(72, lines[0].X);
    }

    [Fact]
    public void Keeps_a_superscript_on_its_line()
    {
        var words = Words(72, 700, "held on 9").Append(new TextWord("th", 120, 126, 703.5, 7, false)).Concat(Words(130, 700, "June")).ToList();

        var line = Assert.Single(LineBuilder.Build(words));

        Assert.Equal("held on 9 th June", line.Text);
        Assert.Equal(700, line.Y);
        Assert.Equal(11, line.FontSize);
    }

    [Fact]
    public void Splits_columns_separated_by_a_wide_gap_into_cells_and_joins_them_with_one_space()
    {
        var words = Words(72, 600, "8.").Concat(Words(100, 600, "Update on Police and Crime Panel"))
            .Concat(Words(330, 600, "Chief Executive")).Concat(Words(460, 600, "(Pages 15 - 22)")).ToList();

        var line = Assert.Single(LineBuilder.Build(words));

        Assert.Equal("8. Update on Police and Crime Panel Chief Executive (Pages 15 - 22)", line.Text);
        Assert.Equal([72, 100, 330, 460], line.Cells!.Select(c => c.X));
        Assert.Equal(["8.", "Update on Police and Crime Panel", "Chief Executive", "(Pages 15 - 22)"], line.Cells!.Select(c => c.Text));
    }

    [Fact]
    public void Ordinary_spaces_do_not_split_a_line()
    {
        var line = Assert.Single(LineBuilder.Build(Words(72, 600, "The Panel held 6 public meetings during 2020-21")));

        Assert.Single(line.Cells!);
    }

    [Fact]
    public void Keeps_rows_of_a_tight_table_apart()
    {
        var words = Words(72, 600, "Row one", 9.5).Concat(Words(300, 600, "1,000", 9.5))
            .Concat(Words(72, 588, "Row two", 9.5)).Concat(Words(300, 588, "2,000", 9.5)).ToList();

        var lines = LineBuilder.Build(words);

        Assert.Equal(["Row one 1,000", "Row two 2,000"], lines.Select(l => l.Text));
        Assert.All(lines, l => Assert.Equal(2, l.Cells!.Count));
    }

    [Fact]
    public void Joins_letters_that_touch_but_keeps_words_a_space_apart()
    {
        // A heading's first letter drawn on its own, touching the rest ("A pologies" in extraction).
        var words = new List<TextWord> { new("A", 89.85, 98.51, 600, 12, true), new("pologies", 98.51, 147.8, 600, 12, true) }
            .Concat(Words(151.2, 600, "for Absence", 12, true)).ToList();

        var line = Assert.Single(LineBuilder.Build(words));

        Assert.Equal("Apologies for Absence", line.Text);
        Assert.Equal(89.85, line.X);
    }

    [Fact]
    public void A_number_touching_a_word_stays_apart()
    {
        var words = new List<TextWord> { new("270.", 53.8, 75.3, 600, 12, true), new("Minutes", 75.3, 120, 600, 12, true) };

        Assert.Equal("270. Minutes", Assert.Single(LineBuilder.Build(words)).Text);
    }

    [Fact]
    public void Drops_a_word_overprinted_for_fake_bold()
    {
        var words = Words(72, 600, "RESOLVED").Concat(Words(72.3, 600, "RESOLVED")).ToList();

        Assert.Equal("RESOLVED", Assert.Single(LineBuilder.Build(words)).Text);
    }

    [Fact]
    public void A_line_is_bold_only_when_all_its_words_are()
    {
        var heading = Words(72, 700, "Purpose of the Report", bold: true);
        var mixed = Words(72, 680, "Meeting:").Concat(Words(120, 680, "Scrutiny Commission", bold: true));

        var lines = LineBuilder.Build([.. heading, .. mixed]);

        Assert.True(lines[0].Bold);
        Assert.False(lines[1].Bold);
    }
}
