using System.Buffers;
using System.IO.Compression;
using System.Text;
using Lucene.Net.Util;

namespace AgendaSearch.Index.Documents;

/// <summary>
/// A record's text as it is stored for snippets: cut into blocks of about <see cref="BlockChars"/> characters,
/// each compressed on its own (Brotli), in one binary doc value. A snippet needs about 300 characters of a
/// text that is often 10-50 KB; stored fields would decompress the whole document to give them, while this
/// reads the value (a copy from the memory-mapped file) and decompresses only the blocks a snippet touches.
/// <para>
/// Layout: block count; per block its length in characters, in UTF-8 bytes and compressed (0: not
/// compressed); then the blocks' bytes in order. A block never ends between the two halves of a surrogate
/// pair, so each decodes on its own.
/// </para>
/// </summary>
internal sealed class StoredText
{
    public const int BlockChars = 2048;

    private const int Quality = 5;
    private const int BrotliWindow = 22;

    private readonly string? _whole;
    private readonly byte[] _data = [];
    private readonly int[] _charStart = [0];
    private readonly int[] _byteStart = [0];
    private readonly int[] _utf8Length = [];
    private readonly bool[] _compressed = [];
    private readonly string?[] _blocks = [];

    private StoredText(string whole)
    {
        _whole = whole;
        Length = whole.Length;
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

        Length = _charStart[blocks];
    }

    public int Length { get; }

    public char this[int index] => _whole is { } whole ? whole[index] : Block(BlockOf(index))[index - _charStart[BlockOf(index)]];

    /// <summary>A text held in memory (a record read whole, or a test's).</summary>
    public static StoredText Of(string text) => new(text);

    /// <param name="value">Owned from here on: binary doc values give each caller a new array.</param>
    public static StoredText Decode(BytesRef value)
    {
        var data = value.Offset == 0 && value.Length == value.Bytes.Length ? value.Bytes : value.Bytes.AsSpan(value.Offset, value.Length).ToArray();
        var header = new BinaryReader(new MemoryStream(data, writable: false));
        return new StoredText(data, header.Read7BitEncodedInt(), header);
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
            var packed = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
            var compressed = BrotliEncoder.TryCompress(utf8, packed, out var written, Quality, BrotliWindow) && written < utf8.Length;
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
        _whole ?? string.Concat(Enumerable.Range(0, _blocks.Length).Select(Block));

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

        var stored = _data.AsSpan(_byteStart[i], _byteStart[i + 1] - _byteStart[i]);
        if (!_compressed[i])
        {
            return _blocks[i] = Encoding.UTF8.GetString(stored);
        }

        var utf8 = ArrayPool<byte>.Shared.Rent(_utf8Length[i]);
        try
        {
            if (!BrotliDecoder.TryDecompress(stored, utf8.AsSpan(0, _utf8Length[i]), out var written) || written != _utf8Length[i])
            {
                throw new InvalidDataException($"A stored text block does not decompress to its {_utf8Length[i]} bytes.");
            }

            return _blocks[i] = Encoding.UTF8.GetString(utf8, 0, written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }
}
