using System.Text;
using AgendaSearch.Records;

namespace AgendaSearch.Index.Documents;

/// <summary>
/// The hit field's binary form: a record without its text, read for every hit of every search, so it is a
/// plain sequence of values rather than JSON (parsing the JSON was about a tenth of a search's CPU). The
/// first byte is the format version. Every property of <see cref="SearchRecord"/> but Text is written; a
/// test fails when the record gains a property this does not know.
/// </summary>
internal static class HitCodec
{
    private const byte Version = 1;

    public static byte[] Write(SearchRecord record)
    {
        var stream = new MemoryStream(512);
        using var w = new BinaryWriter(stream, Encoding.UTF8);
        w.Write(Version);
        w.Write(record.Id);
        w.Write(record.Type.Name());
        w.Write(record.Body);
        w.Write(record.MeetingDate?.DayNumber ?? -1);
        w.Write(record.PackId);
        w.Write(record.Title);
        WriteList(w, record.Officers);
        WriteOptional(w, record.AskedBy);
        WriteOptional(w, record.AnsweredBy);
        w.Write(record.ItemNumber ?? int.MinValue);
        w.Write(record.MinuteNumber ?? int.MinValue);
        WriteOptional(w, record.ResolutionLabel);
        WriteInts(w, record.Pages);
        WriteInts(w, record.PageStarts);
        WriteList(w, record.Sources);
        WriteOptional(w, record.ParentId);
        WriteOptional(w, record.MeetingId);
        w.Write7BitEncodedInt(record.Extra.Count);
        foreach (var (key, value) in record.Extra)
        {
            w.Write(key);
            w.Write(value);
        }

        w.Flush();
        return stream.ToArray();
    }

    public static SearchRecord Read(byte[] bytes, int offset, int length)
    {
        using var r = new BinaryReader(new MemoryStream(bytes, offset, length, writable: false), Encoding.UTF8);
        if (r.ReadByte() is var version && version != Version)
        {
            throw new InvalidDataException($"A hit is stored in format {version}; this version reads format {Version}. Rebuild the index.");
        }

        return new SearchRecord
        {
            Id = r.ReadString(),
            Type = RecordKinds.Parse(r.ReadString()),
            Body = r.ReadString(),
            MeetingDate = r.ReadInt32() is >= 0 and var day ? DateOnly.FromDayNumber(day) : null,
            PackId = r.ReadString(),
            Title = r.ReadString(),
            Text = "",
            Officers = ReadList(r),
            AskedBy = ReadOptional(r),
            AnsweredBy = ReadOptional(r),
            ItemNumber = r.ReadInt32() is not int.MinValue and var item ? item : null,
            MinuteNumber = r.ReadInt32() is not int.MinValue and var minute ? minute : null,
            ResolutionLabel = ReadOptional(r),
            Pages = ReadInts(r),
            PageStarts = ReadInts(r),
            Sources = ReadList(r),
            ParentId = ReadOptional(r),
            MeetingId = ReadOptional(r),
            Extra = Enumerable.Range(0, r.Read7BitEncodedInt()).ToDictionary(_ => r.ReadString(), _ => r.ReadString()),
        };
    }

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteList(BinaryWriter w, IReadOnlyList<string> values) => WriteAll(w, values, w.Write);

    private static string[] ReadList(BinaryReader r) => ReadAll(r, r.ReadString);

    private static void WriteInts(BinaryWriter w, IReadOnlyList<int> values) => WriteAll(w, values, w.Write7BitEncodedInt);

    private static int[] ReadInts(BinaryReader r) => ReadAll(r, r.Read7BitEncodedInt);

    private static void WriteAll<T>(BinaryWriter w, IReadOnlyList<T> values, Action<T> write)
    {
        w.Write7BitEncodedInt(values.Count);
        foreach (var value in values)
        {
            write(value);
        }
    }

    private static T[] ReadAll<T>(BinaryReader r, Func<T> read)
    {
        var values = new T[r.Read7BitEncodedInt()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = read();
        }

        return values;
    }
}
