namespace BkApiGen.Runtime.Http;

/// <summary>
/// A read-only pass-through stream that keeps a copy of the first bytes read, so that an unreadable body
/// can be quoted in the error without buffering the whole response.
/// </summary>
internal sealed class PreviewStream(Stream inner, int capacity) : Stream
{
    private readonly byte[] _preview = new byte[capacity];
    private int _captured;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>The first bytes of the body as text, or null when nothing was read.</summary>
    public string? Preview => _captured == 0 ? null : BodyText.Preview(_preview.AsSpan(0, _captured));

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Capture(buffer[..n]);
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Capture(buffer.Span[..n]);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Capture(ReadOnlySpan<byte> read)
    {
        var room = _preview.Length - _captured;
        if (room > 0 && read.Length > 0)
        {
            var take = Math.Min(room, read.Length);
            read[..take].CopyTo(_preview.AsSpan(_captured));
            _captured += take;
        }
    }
}

/// <summary>Turns the start of a body into a one-line quote for error messages.</summary>
internal static class BodyText
{
    public const int PreviewChars = 200;

    public static string Preview(ReadOnlySpan<byte> bytes)
    {
        // Decoding may cut a multi-byte character at the end: the replacement character there is harmless.
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var builder = new System.Text.StringBuilder(Math.Min(text.Length, PreviewChars + 1));
        var lastWasSpace = false;
        foreach (var c in text)
        {
            if (builder.Length >= PreviewChars)
            {
                builder.Append('…');
                break;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd();
    }
}
