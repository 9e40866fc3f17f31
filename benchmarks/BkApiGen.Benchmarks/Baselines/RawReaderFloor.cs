using System.Text.Json;

namespace BkApiGen.Benchmarks.Baselines;

/// <summary>
/// The floor of any deserializer over these payloads: one <see cref="Utf8JsonReader"/> pass that reads every token,
/// materialises every string value (as every deserializer must, to hand out <see cref="string"/> members), and parses every
/// number; no objects, no lists, no member-name matching.
/// </summary>
public static class RawReaderFloor
{
    /// <summary>Reads everything; returns the sum of the string lengths and numbers, so nothing is optimised away.</summary>
    public static long Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        long total = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    total += reader.GetString()!.Length;
                    break;
                case JsonTokenType.Number:
                    total += reader.GetInt64();
                    break;
            }
        }

        return total;
    }
}
