using System.Buffers;
using System.Text.Json;
using BkApiGen.Runtime.Serialization;

namespace BkApiGen.Runtime.Http;

/// <summary>
/// Reads a BlueKing envelope from a body that arrives in pieces, without holding the whole body: the small members
/// (<c>result</c>, <c>code</c>, <c>message</c>, request ids) are read as they pass, unknown members are skipped token by
/// token, and <c>data</c>, <c>permission</c> and <c>error</c> are copied out (<c>data</c> with its long strings decoded and kept
/// aside, see <see cref="BkCapturedJson"/>). The caller feeds buffers to <see cref="Process"/> and keeps the unconsumed tail.
/// </summary>
/// <remarks>
/// The rules are those of <see cref="BkApiResponseConverter{TData}"/>: members in any order, duplicates (last one wins),
/// a symbolic string <c>code</c> kept as a code name, a <c>message</c> of another type ignored, a <c>result</c> or
/// <c>code</c> of the wrong type refused with a <see cref="JsonException"/>.
/// </remarks>
internal sealed class BkEnvelopeScanner
{
    private readonly bool _keepLongStringsAside;
    private JsonReaderState _state;
    private Stage _stage;
    private Member _member;
    private int _valueDepth;
    private GrowableBytes? _capture;
    private List<(int Offset, string Value)>? _captureStrings;
    private int _copyFrom;

    public BkEnvelopeScanner(JsonReaderOptions options, bool keepLongStringsAside)
    {
        _state = new JsonReaderState(options);
        _keepLongStringsAside = keepLongStringsAside;
    }

    private enum Stage
    {
        Root,
        MemberName,
        MemberValue,
        Capture,
        Skip,
        Done,
    }

    private enum Member
    {
        Other,
        Result,
        Code,
        CodeName,
        Message,
        RequestId,
        JobRequestId,
        Permission,
        Data,
        Error,
    }

    /// <summary>The body is the JSON literal <c>null</c>.</summary>
    public bool RootIsNull { get; private set; }

    /// <summary>The root value has been read completely.</summary>
    public bool IsComplete => _stage == Stage.Done;

    /// <summary><c>result</c>, when present.</summary>
    public bool? Result { get; private set; }

    /// <summary>A numeric <c>code</c> (or a numeric string), when present.</summary>
    public long? Code { get; private set; }

    /// <summary>A <c>code</c> sent as a non-numeric string (bk-job v4 style, e.g. <c>INVALID_ARGUMENT</c>).</summary>
    public string? SymbolicCode { get; private set; }

    /// <summary><c>code_name</c>.</summary>
    public string? CodeName { get; private set; }

    /// <summary><c>message</c>.</summary>
    public string? Message { get; private set; }

    /// <summary><c>request_id</c>.</summary>
    public string? RequestId { get; private set; }

    /// <summary><c>job_request_id</c>.</summary>
    public string? JobRequestId { get; private set; }

    /// <summary>The <c>permission</c> value, when present and not null.</summary>
    public BkCapturedJson? Permission { get; private set; }

    /// <summary>The <c>error</c> value (bk-job v4 wraps errors in it), when present and not null.</summary>
    public BkCapturedJson? Error { get; private set; }

    /// <summary>The <c>data</c> value, when present and not null.</summary>
    public BkCapturedJson? Data { get; private set; }

    /// <summary>Either request id seen so far.</summary>
    public string? AnyRequestId => RequestId ?? JobRequestId;

    /// <summary>
    /// Reads every complete token of <paramref name="buffer"/> and returns how many bytes were consumed; the rest must be
    /// passed again, followed by more bytes. With <paramref name="isFinalBlock"/>, an incomplete document throws.
    /// </summary>
    /// <exception cref="JsonException">The body is not valid JSON, or not an envelope of the expected member types.</exception>
    public int Process(ReadOnlySpan<byte> buffer, bool isFinalBlock)
    {
        var reader = new Utf8JsonReader(buffer, isFinalBlock, _state);
        _copyFrom = 0;
        while (reader.Read())
        {
            OnToken(ref reader, buffer);
        }

        if (_stage == Stage.Capture && _capture is not null)
        {
            // Separators the reader consumed after the last complete token belong to the copy.
            _capture.Write(buffer[_copyFrom..(int)reader.BytesConsumed]);
        }

        _state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    private void OnToken(ref Utf8JsonReader reader, ReadOnlySpan<byte> buffer)
    {
        switch (_stage)
        {
            case Stage.Root:
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    _stage = Stage.MemberName;
                }
                else if (reader.TokenType == JsonTokenType.Null)
                {
                    RootIsNull = true;
                    _stage = Stage.Done;
                }
                else
                {
                    throw new JsonException($"response: expected a JSON object, found {BkJson.Describe(ref reader)}.");
                }

                break;

            case Stage.MemberName:
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    _stage = Stage.Done;
                    break;
                }

                _member = Classify(ref reader);
                _stage = Stage.MemberValue;
                break;

            case Stage.MemberValue:
                _stage = Stage.MemberName;
                OnMemberValue(ref reader, buffer);
                break;

            case Stage.Capture:
                Append(ref reader, buffer);
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == _valueDepth)
                {
                    FinishCapture();
                }

                break;

            case Stage.Skip:
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == _valueDepth)
                {
                    _stage = Stage.MemberName;
                }

                break;

            case Stage.Done:
                break;
        }
    }

    private static Member Classify(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("result"u8))
        {
            return Member.Result;
        }

        if (reader.ValueTextEquals("code"u8))
        {
            return Member.Code;
        }

        if (reader.ValueTextEquals("code_name"u8))
        {
            return Member.CodeName;
        }

        if (reader.ValueTextEquals("message"u8))
        {
            return Member.Message;
        }

        if (reader.ValueTextEquals("request_id"u8))
        {
            return Member.RequestId;
        }

        if (reader.ValueTextEquals("job_request_id"u8))
        {
            return Member.JobRequestId;
        }

        if (reader.ValueTextEquals("permission"u8))
        {
            return Member.Permission;
        }

        if (reader.ValueTextEquals("data"u8))
        {
            return Member.Data;
        }

        return reader.ValueTextEquals("error"u8) ? Member.Error : Member.Other;
    }

    private void OnMemberValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> buffer)
    {
        var isContainer = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
        switch (_member)
        {
            case Member.Result:
                Result = BkJson.ReadBoolean(ref reader, "response.result");
                break;

            case Member.Code:
                ReadCode(ref reader);
                break;

            case Member.CodeName:
                CodeName = ReadOptionalString(ref reader, "response.code_name");
                break;

            case Member.Message:
                Message = ReadOptionalString(ref reader, "response.message");
                break;

            case Member.RequestId:
                RequestId = ReadOptionalString(ref reader, "response.request_id");
                break;

            case Member.JobRequestId:
                JobRequestId = ReadOptionalString(ref reader, "response.job_request_id");
                break;

            case Member.Permission:
            case Member.Error:
            case Member.Data:
                if (_member == Member.Data)
                {
                    Data = null;
                }
                else if (_member == Member.Permission)
                {
                    Permission = null;
                }
                else
                {
                    Error = null;
                }

                if (reader.TokenType != JsonTokenType.Null)
                {
                    StartCapture(ref reader, buffer, keepLongStringsAside: _member == Member.Data && _keepLongStringsAside);
                }

                return;

            default:
                break;
        }

        if (isContainer)
        {
            // An unknown member, or a known one of another type that is ignored (e.g. a message object): skip it.
            _valueDepth = reader.CurrentDepth;
            _stage = Stage.Skip;
        }
    }

    private void ReadCode(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return;
            case JsonTokenType.String:
                var text = BkJson.ReadLenientString(ref reader, "response.code");
                if (long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var numeric))
                {
                    Code = numeric;
                    SymbolicCode = null;
                }
                else
                {
                    SymbolicCode = text;
                    Code = null;
                }

                return;
            default:
                Code = BkJson.ReadInt64(ref reader, "response.code");
                SymbolicCode = null;
                return;
        }
    }

    private static string? ReadOptionalString(ref Utf8JsonReader reader, string member) => reader.TokenType switch
    {
        JsonTokenType.Null or JsonTokenType.StartObject or JsonTokenType.StartArray => null,
        _ => BkJson.ReadLenientString(ref reader, member),
    };

    private void StartCapture(ref Utf8JsonReader reader, ReadOnlySpan<byte> buffer, bool keepLongStringsAside)
    {
        _capture = new GrowableBytes(256);
        _captureStrings = keepLongStringsAside ? [] : null;
        _copyFrom = (int)reader.TokenStartIndex;
        Append(ref reader, buffer);
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            _valueDepth = reader.CurrentDepth;
            _stage = Stage.Capture;
        }
        else
        {
            FinishCapture();
        }
    }

    private void Append(ref Utf8JsonReader reader, ReadOnlySpan<byte> buffer)
    {
        var end = (int)reader.BytesConsumed;
        if (_captureStrings is not null && reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length >= BkCapturedJson.SideStringThreshold)
        {
            var start = (int)reader.TokenStartIndex;
            _capture!.Write(buffer[_copyFrom..start]);
            _captureStrings.Add((_capture.Count, reader.GetString()!));
            _capture.Write(BkCapturedJson.Placeholder);
        }
        else
        {
            _capture!.Write(buffer[_copyFrom..end]);
        }

        _copyFrom = end;
    }

    private void FinishCapture()
    {
        var capture = _capture!;
        var captured = new BkCapturedJson(capture.Array, capture.Count, _captureStrings, capture.IsPooled);
        switch (_member)
        {
            case Member.Data:
                Data = captured;
                break;
            case Member.Permission:
                Permission = captured;
                break;
            default:
                Error = captured;
                break;
        }

        _capture = null;
        _captureStrings = null;
        _stage = Stage.MemberName;
    }
}

/// <summary>
/// A byte list whose array is handed over as is (no final copy). Arrays up to <see cref="PoolLimit"/> bytes come from the
/// shared pool (a small response's <c>data</c> then costs no allocation); the owner of the final array returns it
/// (<see cref="BkCapturedJson.Release"/>). Larger ones are allocated, so the pool never keeps a huge body's buffer alive.
/// </summary>
internal sealed class GrowableBytes(int capacity)
{
    public const int PoolLimit = 64 * 1024;

    public byte[] Array { get; private set; } = ArrayPool<byte>.Shared.Rent(capacity);

    /// <summary>Whether <see cref="Array"/> was rented from <see cref="ArrayPool{T}.Shared"/>.</summary>
    public bool IsPooled { get; private set; } = true;

    public int Count { get; private set; }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (Count + bytes.Length > Array.Length)
        {
            var size = Math.Max(Count + bytes.Length, (int)Math.Min(System.Array.MaxLength, Array.Length * 2L));
            var pooled = size <= PoolLimit;
            var larger = pooled ? ArrayPool<byte>.Shared.Rent(size) : new byte[size];
            Array.AsSpan(0, Count).CopyTo(larger);
            if (IsPooled)
            {
                ArrayPool<byte>.Shared.Return(Array);
            }

            Array = larger;
            IsPooled = pooled;
        }

        bytes.CopyTo(Array.AsSpan(Count));
        Count += bytes.Length;
    }
}
