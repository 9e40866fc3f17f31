using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BkApiGen.Runtime.Serialization;

/// <summary>
/// One JSON value copied out of a streamed body, with its long strings already decoded and kept aside.
/// </summary>
/// <remarks>
/// <para>
/// The body is read incrementally; the <c>data</c> member is copied byte for byte, except that every string value of at
/// least <see cref="SideStringThreshold"/> bytes (a host's script log, typically) is decoded into its final
/// <see cref="string"/> at once and replaced in the copy by a one-character placeholder <c>"~"</c>. The generated converter
/// then runs over this small copy; when it reads a placeholder through <see cref="BkJson.ReadString"/>, it gets the decoded
/// string, the same instance, so each log exists once in memory (as UTF-16) and its UTF-8 bytes never all at once.
/// </para>
/// <para>
/// A placeholder is recognised by its address inside <see cref="Json"/>, not by its text, so a server cannot forge one.
/// When the converter did not take every long string through <see cref="BkJson.ReadString"/> (it skipped an unknown member,
/// or kept a subtree as a <see cref="JsonElement"/>, e.g. an <c>Unknown…</c> case), the value is rebuilt with the strings in
/// place and converted again: correct, at the cost of buffering that one value.
/// </para>
/// </remarks>
internal sealed class BkCapturedJson
{
    /// <summary>Strings whose raw JSON is at least this long are decoded while streaming and kept aside.</summary>
    public const int SideStringThreshold = 256;

    /// <summary>The placeholder written in place of a long string: a one-byte string, so its span points into the copy.</summary>
    public static ReadOnlySpan<byte> Placeholder => "\"~\""u8;

    private bool _pooled;

    public BkCapturedJson(byte[] json, int length, List<(int Offset, string Value)>? strings, bool pooled = false)
    {
        Json = json;
        Length = length;
        Strings = strings ?? [];
        _pooled = pooled;
    }

    /// <summary>The copy (with placeholders); only the first <see cref="Length"/> bytes are meaningful.</summary>
    public byte[] Json { get; private set; }

    /// <summary>
    /// Gives a pooled copy back once it has been converted (converters keep no reference to it: raw JSON they keep is
    /// copied out). The value cannot be read afterwards.
    /// </summary>
    public void Release()
    {
        if (_pooled)
        {
            _pooled = false;
            ArrayPool<byte>.Shared.Return(Json);
            Json = [];
            Length = 0;
        }
    }

    /// <summary>Bytes used in <see cref="Json"/>.</summary>
    public int Length { get; private set; }

    /// <summary>The long strings: offset of the placeholder's opening quote in <see cref="Json"/>, and the decoded value.</summary>
    public List<(int Offset, string Value)> Strings { get; }

    /// <summary>Sum of the decoded strings' lengths, in chars.</summary>
    public long SideChars
    {
        get
        {
            long total = 0;
            foreach (var (_, value) in Strings)
            {
                total += value.Length;
            }

            return total;
        }
    }

    /// <summary>Reads the value with <paramref name="converter"/>, handing it the strings kept aside.</summary>
    public T Read<T>(JsonConverter<T> converter, JsonSerializerOptions options, JsonReaderOptions readerOptions)
    {
        if (Strings.Count == 0)
        {
            return ReadFrom(Json.AsSpan(0, Length), converter, options, readerOptions);
        }

        var table = new BkSideStrings(this);
        T value;
        var previous = BkSideStrings.Current;
        BkSideStrings.Current = table;
        try
        {
            value = ReadFrom(Json.AsSpan(0, Length), converter, options, readerOptions);
        }
        finally
        {
            BkSideStrings.Current = previous;
        }

        if (table.AllTaken && !table.RawCaptured)
        {
            return value;
        }

        // Some long string was not read as a string (skipped, or kept as raw JSON): convert the full text instead.
        return ReadFrom(Rebuild(), converter, options, readerOptions);
    }

    /// <summary>The value as the server sent it (up to string escaping): placeholders replaced by their strings.</summary>
    public byte[] Rebuild()
    {
        var output = new ArrayBufferWriter<byte>(Length + (int)Math.Min(int.MaxValue / 2, SideChars * 3));
        var from = 0;
        foreach (var (offset, value) in Strings)
        {
            output.Write(Json.AsSpan(from, offset - from));
            output.Write("\""u8);
            output.Write(JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes);
            output.Write("\""u8);
            from = offset + Placeholder.Length;
        }

        output.Write(Json.AsSpan(from, Length - from));
        return output.WrittenSpan.ToArray();
    }

    private static T ReadFrom<T>(ReadOnlySpan<byte> json, JsonConverter<T> converter, JsonSerializerOptions options, JsonReaderOptions readerOptions)
    {
        var reader = new Utf8JsonReader(json, readerOptions);
        if (!reader.Read())
        {
            throw new JsonException("data: the value is empty.");
        }

        return converter.Read(ref reader, typeof(T), options)!;
    }
}

/// <summary>The strings of one <see cref="BkCapturedJson"/>, visible to <see cref="BkJson.ReadString"/> while its converter runs.</summary>
internal sealed class BkSideStrings
{
    [ThreadStatic]
    private static BkSideStrings? t_current;

    private readonly BkCapturedJson _owner;
    private readonly Dictionary<int, int> _byValueOffset;
    private readonly bool[] _taken;
    private int _takenCount;

    public BkSideStrings(BkCapturedJson owner)
    {
        _owner = owner;
        _byValueOffset = new Dictionary<int, int>(owner.Strings.Count);
        for (var i = 0; i < owner.Strings.Count; i++)
        {
            // The reader's ValueSpan of "~" starts one byte after the opening quote.
            _byValueOffset[owner.Strings[i].Offset + 1] = i;
        }

        _taken = new bool[owner.Strings.Count];
    }

    /// <summary>The table of the converter running on this thread (converters are synchronous), or null.</summary>
    public static BkSideStrings? Current
    {
        get => t_current;
        set => t_current = value;
    }

    /// <summary>Whether every kept string was read through <see cref="TryTake"/>.</summary>
    public bool AllTaken => _takenCount == _taken.Length;

    /// <summary>Whether a value holding a placeholder was kept as raw JSON (<see cref="ReadElement"/>): the copy must be rebuilt.</summary>
    public bool RawCaptured { get; private set; }

    /// <summary>
    /// Reads the current value as a <see cref="JsonElement"/>, noting when it spans a placeholder of the running table
    /// (its long strings would read as <c>"~"</c> in the element, so the value is converted again from the full text).
    /// </summary>
    public static JsonElement ReadElement(ref Utf8JsonReader reader)
    {
        EnsureReadableText(reader);
        var table = t_current;
        if (table is null)
        {
            return JsonElement.ParseValue(ref reader);
        }

        var start = table.OffsetOf(ref reader);
        var element = JsonElement.ParseValue(ref reader);
        var end = table.OffsetOf(ref reader);

        // A reader over another buffer holds no placeholder; a value of the copy that spans one must be rebuilt.
        if (start >= 0 && end >= 0 && table.AnyPlaceholderBetween(start, end))
        {
            table.RawCaptured = true;
        }

        return element;
    }

    /// <summary>
    /// Reads every string and member name of the value the reader is at (on a copy of it), so that text that is not UTF-8,
    /// or an escape that is not UTF-16, fails now, as the same text in a typed member does, and not later in the caller's
    /// <c>ToString()</c> or <c>GetString()</c> of the kept element. Only escaped text allocates.
    /// </summary>
    private static void EnsureReadableText(Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            EnsureReadable(ref reader);
            return;
        }

        var depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.CurrentDepth == depth && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray))
        {
            EnsureReadable(ref reader);
        }
    }

    private static void EnsureReadable(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
            && (reader.ValueIsEscaped || reader.HasValueSequence || !System.Text.Unicode.Utf8.IsValid(reader.ValueSpan)))
        {
            _ = reader.GetString(); // throws what a typed member's read throws
        }
    }

    /// <summary>Offset of the reader's current token in the copy, or -1 when the reader is over another buffer.</summary>
    private long OffsetOf(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueSpan.IsEmpty)
        {
            return -1;
        }

        var offset = (long)Unsafe.ByteOffset(ref MemoryMarshal.GetArrayDataReference(_owner.Json), ref MemoryMarshal.GetReference(reader.ValueSpan));
        return offset >= 0 && offset < _owner.Length ? offset : -1;
    }

    private bool AnyPlaceholderBetween(long start, long end)
    {
        // Placeholders are in offset order: find the first at or after start.
        var strings = _owner.Strings;
        int lo = 0, hi = strings.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (strings[mid].Offset < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < strings.Count && strings[lo].Offset <= end;
    }

    /// <summary>When the reader stands on a placeholder of the running table, gives its string.</summary>
    public static bool TryTake(ref Utf8JsonReader reader, out string value)
    {
        value = null!;
        var table = t_current;
        if (table is null || reader.HasValueSequence || reader.ValueSpan.Length != 1)
        {
            return false;
        }

        var json = table._owner.Json;
        ref var start = ref MemoryMarshal.GetArrayDataReference(json);
        var offset = Unsafe.ByteOffset(ref start, ref MemoryMarshal.GetReference(reader.ValueSpan));
        if (offset < 0 || offset >= table._owner.Length || !table._byValueOffset.TryGetValue((int)offset, out var index))
        {
            return false;
        }

        if (!table._taken[index])
        {
            table._taken[index] = true;
            table._takenCount++;
        }

        value = table._owner.Strings[index].Value;
        return true;
    }
}
