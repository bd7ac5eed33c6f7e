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
    public void Text_that_does_not_compress_is_stored_as_it_is()
    {
        var random = new Random(5);
        var text = new string(Enumerable.Range(0, 300).Select(_ => (char)random.Next(0x4E00, 0x9FFF)).ToArray());

        Assert.Equal(text, StoredText.Decode(StoredText.Encode(text)).ToString());
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
