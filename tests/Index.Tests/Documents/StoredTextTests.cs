using System.Text;
using AgendaSearch.Index.Documents;

namespace AgendaSearch.Index.Tests.Documents;

public sealed class StoredTextTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(StoredText.BlockChars - 1)]
    [InlineData(StoredText.BlockChars)]
    [InlineData(StoredText.BlockChars + 1)]
    [InlineData(5 * StoredText.BlockChars + 17)]
    public void Every_character_reads_back_from_its_block(int length)
    {
        var text = RandomText(new Random(length), length);

        var stored = StoredText.Decode(StoredText.Encode(text));

        Assert.Equal(text.Length, stored.Length);
        Assert.Equal(text, stored.ToString());
        for (var i = 0; i < text.Length; i += 7)
        {
            Assert.Equal(text[i], stored[i]);
        }
    }

    [Fact]
    public void A_surrogate_pair_on_a_block_boundary_stays_whole()
    {
        var text = new string('a', StoredText.BlockChars - 1) + "\U0001F600" + " after";

        var stored = StoredText.Decode(StoredText.Encode(text));

        Assert.Equal(text, stored.ToString());
        Assert.Equal('\uD83D', stored[StoredText.BlockChars - 1]);
        Assert.Equal('\uDE00', stored[StoredText.BlockChars]);
    }

    [Fact]
    public void Surrogate_pairs_on_every_block_edge_read_back_from_either_side()
    {
        // Pairs from the first block's last two characters to the third block's first: each edge is met with
        // a pair that would straddle it, one that ends on it and one that starts on it.
        var text = new StringBuilder(new string('a', StoredText.BlockChars - 2));
        while (text.Length < 3 * StoredText.BlockChars + 4)
        {
            text.Append("😀");
        }

        var stored = StoredText.Decode(StoredText.Encode(text.ToString()));

        Assert.Equal(text.ToString(), stored.ToString());
        for (var i = text.Length - 1; i >= 0; i--)
        {
            Assert.Equal(text[i], stored[i]);
        }
    }

    [Fact]
    public void Empty_text_reads_back_empty()
    {
        var stored = StoredText.Decode(StoredText.Encode(""));

        Assert.Equal(0, stored.Length);
        Assert.Equal("", stored.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => stored[0]);
    }

    [Fact]
    public void Text_that_does_not_compress_is_stored_as_it_is()
    {
        var random = new Random(5);
        var text = new string(Enumerable.Range(0, 300).Select(_ => (char)random.Next(0x4E00, 0x9FFF)).ToArray());

        var encoded = StoredText.Encode(text);

        // Header (count, characters, UTF-8 bytes, 0 for "not compressed"), then the UTF-8 as it is.
        var utf8 = Encoding.UTF8.GetBytes(text);
        Assert.Equal(utf8, encoded.Bytes.AsSpan(encoded.Length - utf8.Length, utf8.Length).ToArray());
        Assert.Equal(0, encoded.Bytes[encoded.Length - utf8.Length - 1]);
        Assert.Equal(text, StoredText.Decode(encoded).ToString());
    }

    [Fact]
    public void Repetitive_text_is_stored_compressed()
    {
        var text = string.Concat(Enumerable.Repeat("The budget was agreed by the council. ", 200));

        var encoded = StoredText.Encode(text);

        Assert.True(encoded.Length < Encoding.UTF8.GetByteCount(text) / 4, $"{encoded.Length} bytes");
        Assert.Equal(text, StoredText.Decode(encoded).ToString());
    }

    [Fact]
    public void Reading_back_and_forth_across_blocks_gives_each_character()
    {
        var text = RandomText(new Random(11), 4 * StoredText.BlockChars);
        var stored = StoredText.Decode(StoredText.Encode(text));
        var random = new Random(12);

        for (var n = 0; n < 2000; n++)
        {
            var i = random.Next(text.Length);
            Assert.Equal(text[i], stored[i]);
        }
    }

    [Fact]
    public void Reading_past_the_end_names_the_length()
    {
        var stored = StoredText.Decode(StoredText.Encode("short"));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => stored[5]);
        Assert.Contains("5 characters", error.Message);
    }

    private static string RandomText(Random random, int length)
    {
        string[] words = ["budget", "council", "£2.5m", "café", "naïve", "–", "report", "\n\n", "Ω", "\U0001F600"];
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(words[random.Next(words.Length)]).Append(' ');
        }

        var cut = length;
        if (cut > 0 && cut < text.Length && char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        return text.ToString(0, cut) + new string('x', length - cut);
    }
}
