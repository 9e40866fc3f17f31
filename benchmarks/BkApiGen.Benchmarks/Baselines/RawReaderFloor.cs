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

    /// <summary>
    /// The same pass, but every string is kept alive until the end (in a list), as a deserializer's object graph keeps
    /// them: the difference to <see cref="Read"/> is the garbage collector's cost of a live result (gen0 collections must
    /// promote what is still referenced), which no deserializer can avoid.
    /// </summary>
    public static List<string> ReadRetained(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var strings = new List<string>();
        long total = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    strings.Add(reader.GetString()!);
                    break;
                case JsonTokenType.Number:
                    total += reader.GetInt64();
                    break;
            }
        }

        return total >= 0 ? strings : [];
    }
}
