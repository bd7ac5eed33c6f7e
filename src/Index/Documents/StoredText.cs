using System.Buffers;
using System.Text;
using K4os.Compression.LZ4;
using Lucene.Net.Util;

namespace AgendaSearch.Index.Documents;

/// <summary>
/// A record's text as it is stored for snippets: cut into blocks of about <see cref="BlockChars"/> characters,
/// each compressed on its own (LZ4), in one binary doc value. A snippet needs about 300 characters of a
/// text that is often 10-50 KB; stored fields would decompress the whole document to give them, while this
/// reads the value (a copy from the memory-mapped file) and decompresses only the blocks a snippet touches.
/// LZ4 rather than Brotli: a Brotli block cost ~7 µs to decompress (mostly the native decoder's set-up) against
/// ~2 µs, for a text field a half larger (the 1,000-pack index grew from 132 to about 165 MB). K4os's LZ4 rather
/// than Lucene's own: Lucene.Net's decoder copies each match with a separate array copy, which made block
/// decompression a fifth of a two-word search's CPU; K4os's span decoder cut the query mix's CPU by 15%.
/// <para>
/// Layout: block count; per block its length in characters, in UTF-8 bytes and compressed (0: not
/// compressed); then the blocks' bytes in order. A block never ends between the two halves of a surrogate
/// pair, so each decodes on its own.
/// </para>
/// </summary>
internal sealed class StoredText
{
    public const int BlockChars = 2048;

    /// <summary>
    /// LZ4 at its fast level: indexing compresses every record's text, a search decompresses a block or two a hit.
    /// </summary>
    private const LZ4Level Level = LZ4Level.L00_FAST;

    private readonly byte[] _data = [];
    private readonly int[] _charStart;
    private readonly int[] _byteStart = [0, 0];
    private readonly int[] _utf8Length = [0];
    private readonly bool[] _compressed = [false];
    private readonly string?[] _blocks;

    /// <summary>The block last read: a snippet reads runs of characters, nearly always from one block.</summary>
    private int _current;

    private StoredText(string whole)
    {
        _charStart = [0, whole.Length];
        _blocks = [whole];
    }

    private StoredText(byte[] data, int blocks, BinaryReader header)
    {
        _data = data;
        _charStart = new int[blocks + 1];
        _byteStart = new int[blocks + 1];
        _utf8Length = new int[blocks];
        _compressed = new bool[blocks];
        _blocks = new string?[blocks];
        for (var i = 0; i < blocks; i++)
        {
            _charStart[i + 1] = _charStart[i] + header.Read7BitEncodedInt();
            _utf8Length[i] = header.Read7BitEncodedInt();
            var compressed = header.Read7BitEncodedInt();
            _compressed[i] = compressed > 0;
            _byteStart[i + 1] = _byteStart[i] + (compressed > 0 ? compressed : _utf8Length[i]);
        }

        var dataStart = (int)header.BaseStream.Position;
        for (var i = 0; i <= blocks; i++)
        {
            _byteStart[i] += dataStart;
        }
    }

    public int Length => _charStart[^1];

    public char this[int index]
    {
        get
        {
            var start = _charStart[_current];
            if ((uint)(index - start) >= (uint)(_charStart[_current + 1] - start))
            {
                _current = BlockOf(index);
                start = _charStart[_current];
            }

            return Block(_current)[index - start];
        }
    }

    /// <summary>A text held in memory (a record read whole, or a test's).</summary>
    public static StoredText Of(string text) => new(text);

    /// <param name="value">Owned from here on: binary doc values give each caller a new array.</param>
    public static StoredText Decode(BytesRef value)
    {
        var data = value.Offset == 0 && value.Length == value.Bytes.Length ? value.Bytes : value.Bytes.AsSpan(value.Offset, value.Length).ToArray();
        var header = new BinaryReader(new MemoryStream(data, writable: false));
        var blocks = header.Read7BitEncodedInt();
        return blocks == 0 ? Of("") : new StoredText(data, blocks, header);
    }

    public static BytesRef Encode(string text)
    {
        var header = new MemoryStream();
        var body = new MemoryStream();
        using var writer = new BinaryWriter(header, Encoding.UTF8, leaveOpen: true);
        var blocks = new List<(int Start, int End)>();
        for (var start = 0; start < text.Length;)
        {
            var end = Math.Min(text.Length, start + BlockChars);
            if (end < text.Length && char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }

            blocks.Add((start, end));
            start = end;
        }

        writer.Write7BitEncodedInt(blocks.Count);
        foreach (var (start, end) in blocks)
        {
            var utf8 = Encoding.UTF8.GetBytes(text, start, end - start);
            var packed = new byte[LZ4Codec.MaximumOutputSize(utf8.Length)];
            var written = LZ4Codec.Encode(utf8, packed, Level);
            var compressed = written > 0 && written < utf8.Length;
            writer.Write7BitEncodedInt(end - start);
            writer.Write7BitEncodedInt(utf8.Length);
            writer.Write7BitEncodedInt(compressed ? written : 0);
            body.Write(compressed ? packed.AsSpan(0, written) : utf8);
        }

        writer.Flush();
        body.Position = 0;
        body.CopyTo(header);
        return new BytesRef(header.ToArray());
    }

    /// <summary>The whole text (every block decoded).</summary>
    public override string ToString() =>
        _blocks.Length == 1 ? Block(0) : string.Concat(Enumerable.Range(0, _blocks.Length).Select(Block));

    private int BlockOf(int index)
    {
        if ((uint)index >= (uint)Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The text has {Length} characters.");
        }

        var block = Array.BinarySearch(_charStart, index);
        return block >= 0 ? block : ~block - 1;
    }

    private string Block(int i)
    {
        if (_blocks[i] is { } decoded)
        {
            return decoded;
        }

        var start = _byteStart[i];
        var stored = _byteStart[i + 1] - start;
        if (!_compressed[i])
        {
            return _blocks[i] = Encoding.UTF8.GetString(_data, start, stored);
        }

        var length = _utf8Length[i];
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            if (LZ4Codec.Decode(_data.AsSpan(start, stored), buffer.AsSpan(0, length)) != length)
            {
                throw new InvalidDataException($"A stored text block does not decompress to its {length} bytes.");
            }

            return _blocks[i] = Encoding.UTF8.GetString(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
