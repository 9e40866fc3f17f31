using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BkApiGen.Runtime.Serialization;

/// <summary>
/// Reads the BlueKing envelope around an operation's <c>data</c>. Members may come in any order; <c>data</c> is only
/// parsed when <c>result</c> is true, so an error's <c>data</c> of another shape never hides the error itself.
/// </summary>
/// <typeparam name="TData">The operation's data type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public sealed class BkApiResponseConverter<TData>(JsonConverter<TData> dataConverter) : JsonConverter<BkApiResponse<TData>>
{
    /// <summary>The converter of <c>data</c>: the transport streams the envelope itself and calls it on <c>data</c> alone.</summary>
    internal JsonConverter<TData> DataConverter => dataConverter;

    /// <inheritdoc />
    public override BkApiResponse<TData> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        BkJson.ExpectStartObject(ref reader, "response");
        bool? result = null;
        long code = 0;
        string? codeName = null, message = null, requestId = null, jobRequestId = null;
        BkPermission? permission = null;
        TData? data = default;
        var hasData = false;
        var symbolic = false;
        var dataPending = false;
        var pendingData = default(Utf8JsonReader);

        while (true)
        {
            BkJson.ReadValue(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            if (reader.ValueTextEquals("result"u8))
            {
                BkJson.ReadValue(ref reader);
                result = BkJson.ReadBoolean(ref reader, "response.result");
            }
            else if (reader.ValueTextEquals("code"u8))
            {
                BkJson.ReadValue(ref reader);
                if (reader.TokenType == JsonTokenType.String && !long.TryParse(BkJson.ReadLenientString(ref reader, "response.code"), out code))
                {
                    // A symbolic code (bk-job v4 style): keep it as the code name rather than failing.
                    codeName ??= BkJson.ReadLenientString(ref reader, "response.code");
                    code = -1;
                    symbolic = true;
                }
                else if (reader.TokenType == JsonTokenType.String)
                {
                    symbolic = false;
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    code = BkJson.ReadInt64(ref reader, "response.code");
                    symbolic = false;
                }
            }
            else if (reader.ValueTextEquals("code_name"u8))
            {
                codeName = ReadOptionalString(ref reader, "response.code_name");
            }
            else if (reader.ValueTextEquals("message"u8))
            {
                message = ReadOptionalString(ref reader, "response.message");
            }
            else if (reader.ValueTextEquals("request_id"u8))
            {
                requestId = ReadOptionalString(ref reader, "response.request_id");
            }
            else if (reader.ValueTextEquals("job_request_id"u8))
            {
                jobRequestId = ReadOptionalString(ref reader, "response.job_request_id");
            }
            else if (reader.ValueTextEquals("permission"u8))
            {
                BkJson.ReadValue(ref reader);
                permission = reader.TokenType == JsonTokenType.Null ? null : new BkPermission(JsonElement.ParseValue(ref reader));
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                BkJson.ReadValue(ref reader);
                if (reader.TokenType == JsonTokenType.Null)
                {
                    dataPending = false;
                }
                else if (result == true)
                {
                    data = dataConverter.Read(ref reader, typeof(TData), options);
                    hasData = true;
                }
                else
                {
                    // result not seen yet (or false): remember where data starts and decide at the end.
                    pendingData = reader;
                    dataPending = result is null;
                    reader.Skip();
                }
            }
            else
            {
                BkJson.ReadValue(ref reader);
                reader.Skip();
            }
        }

        if (dataPending && result == true)
        {
            data = dataConverter.Read(ref pendingData, typeof(TData), options);
            hasData = true;
        }

        return new BkApiResponse<TData>
        {
            HasResult = result is not null,
            Result = result ?? false,
            Code = code,
            HasSymbolicCode = symbolic,
            CodeName = codeName,
            Message = message,
            Data = data,
            HasData = hasData,
            Permission = permission,
            RequestId = requestId,
            JobRequestId = jobRequestId,
        };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, BkApiResponse<TData> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("result"u8, value.Result);
        writer.WriteNumber("code"u8, value.Code);
        if (value.CodeName is not null)
        {
            writer.WriteString("code_name"u8, value.CodeName);
        }

        writer.WriteString("message"u8, value.Message);
        writer.WritePropertyName("data"u8);
        if (value.Data is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            dataConverter.Write(writer, value.Data, options);
        }

        if (value.Permission is not null)
        {
            writer.WritePropertyName("permission"u8);
            value.Permission.Raw.WriteTo(writer);
        }

        if (value.RequestId is not null)
        {
            writer.WriteString("request_id"u8, value.RequestId);
        }

        if (value.JobRequestId is not null)
        {
            writer.WriteString("job_request_id"u8, value.JobRequestId);
        }

        writer.WriteEndObject();
    }

    private static string? ReadOptionalString(ref Utf8JsonReader reader, string member)
    {
        BkJson.ReadValue(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        return BkJson.ReadLenientString(ref reader, member);
    }
}
