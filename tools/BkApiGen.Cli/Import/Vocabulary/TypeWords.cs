namespace BkApiGen.Cli.Import;

/// <summary>
/// The words BlueKing docs write in a type cell: <c>long</c>, <c>int64</c>, <c>string[]</c>, <c>array&lt;ip&gt;</c>,
/// <c>string array</c>, <c>string map</c>, <c>map&lt;string, int&gt;</c>, Chinese (<c>字符串</c>, <c>整型</c>, <c>数组</c>,
/// <c>对象</c>…), a nullable note (<c>string 或者 null</c>) and <c>json object string</c> (JSON text in a string).
/// </summary>
internal static class TypeWords
{
    /// <summary>
    /// The kind a type cell names, with the element type of an array or the value type of a map (text), or a null kind
    /// when the cell names no type. <paramref name="guess"/> says what was read loosely (a Chinese word, a nullable
    /// note), for a warning.
    /// </summary>
    public static (Kind? Kind, string? Element) Parse(string text, out string? guess)
    {
        guess = null;
        var type = text.Trim().Trim('`', '*').ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);

        // "string 或者 null", "string|null", "int (nullable)": the null part changes nothing for a reader.
        foreach (var nullable in new[] { "或者null", "或null", "|null", "/null", ",null", "(nullable)", "（nullable）", "nullable" })
        {
            if (type.EndsWith(nullable, StringComparison.Ordinal) && type.Length > nullable.Length)
            {
                type = type[..^nullable.Length];
                guess = $"'{text.Trim()}' read as '{type}' (null is allowed for any field)";
                break;
            }
        }

        static string? Inner(string t, string open, string close)
            => t.StartsWith(open, StringComparison.Ordinal) && t.EndsWith(close, StringComparison.Ordinal) ? t[open.Length..^close.Length] : null;

        var element = Inner(type, "array<", ">") ?? Inner(type, "list<", ">") ?? Inner(type, "array[", "]") ?? Inner(type, "list[", "]")
            ?? (type.EndsWith("[]", StringComparison.Ordinal) ? type[..^2] : null)
            ?? Suffixed(type, "array") ?? Suffixed(type, "list") ?? Suffixed(type, "数组") ?? Suffixed(type, "列表")
            ?? (type.EndsWith("objectarray", StringComparison.Ordinal) ? "object" : null); // "Mapping of ID Object Array"
        if (element is not null)
        {
            return (Kind.Array, element);
        }

        // map<string, int>, map[string]int, "string map" (a map of strings).
        if ((Inner(type, "map<", ">") ?? Inner(type, "dict<", ">")) is { } arguments)
        {
            var comma = arguments.IndexOf(',', StringComparison.Ordinal);
            return (Kind.Map, comma >= 0 ? arguments[(comma + 1)..] : arguments);
        }

        if (type.StartsWith("map[", StringComparison.Ordinal) && type.IndexOf(']', StringComparison.Ordinal) is var close and > 4 && close < type.Length - 1)
        {
            return (Kind.Map, type[(close + 1)..]);
        }

        if ((Suffixed(type, "map") ?? Suffixed(type, "dict")) is { } mapValues)
        {
            return (Kind.Map, mapValues);
        }

        // "string、int、bool、dict、list": several types named at once is any JSON.
        var alternatives = type.Split(['、', ',', '，', '|', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (alternatives.Length > 1 && alternatives.All(a => Word(a) is not null || LooseWord(a) is not null))
        {
            var kinds = alternatives.Select(a => Word(a) ?? LooseWord(a)).Distinct().ToList();
            if (kinds.Count == 1)
            {
                return (kinds[0], null);
            }

            guess = $"the type '{text.Trim()}' names several types: any JSON";
            return (Kind.Any, null);
        }

        var kind = Word(type);
        if (kind is null && LooseWord(type) is { } loose)
        {
            guess ??= $"the type '{text.Trim()}' read as {loose.ToString().ToLowerInvariant()}";
            kind = loose;
        }

        if (kind is null && type.Length >= 4 && TypoOf(type) is { } word)
        {
            // "stirng", "interger", "boolen": one slip of the keyboard from a type name.
            guess = $"the type '{text.Trim()}' read as '{word}' (a typo)";
            kind = Word(word);
        }

        return (kind, null);
    }

    private static readonly string[] TypoTargets = ["string", "integer", "boolean", "number", "object", "array", "long", "float", "double", "bool", "int64", "int32", "list", "dict"];

    private static string? TypoOf(string type) => TypoTargets.FirstOrDefault(word => word.Length >= 4 && Distance(type, word) == 1);

    /// <summary>Edit distance with adjacent transpositions (optimal string alignment), small strings only.</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return 2;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static string? Suffixed(string type, string suffix)
        => type.Length > suffix.Length && type.EndsWith(suffix, StringComparison.Ordinal) && Word(type[..^suffix.Length]) is not null ? type[..^suffix.Length] : null;

    private static Kind? Word(string type) => type switch
    {
        "long" or "int64" or "bigint" or "uint64" => Kind.Int64,
        "int" or "integer" or "int32" or "short" or "uint32" or "uint" => Kind.Int32,
        "string" or "str" or "text" or "char" or "jsonobjectstring" or "jsonstring" => Kind.String,
        "bool" or "boolean" => Kind.Boolean,
        "float" or "double" or "number" or "decimal" => Kind.Number,
        "array" or "list" or "arraylist" => Kind.Array,
        "object" or "dict" or "map" or "json" or "obj" or "jsonobject" => Kind.FreeObject,
        _ => null,
    };

    /// <summary>
    /// Words that say what a value is rather than its JSON type, read with a warning: Chinese (<c>字符串</c>, <c>时间戳</c>…)
    /// and <c>timestamp</c> (bk-cmdb's kube <c>started</c> is an <c>int64</c> of unix seconds, as <c>时间戳</c> fields are).
    /// </summary>
    private static Kind? LooseWord(string type) => type switch
    {
        "字符串" or "字符" or "字符型" or "文本" or "时间" or "日期" or "时间字符串" or "长字符" or "短字符" => Kind.String,
        "整型" or "整形" or "整数" or "数值" or "int型" => Kind.Int32,
        "长整型" or "长整形" or "时间戳" or "timestamp" or "unixtimestamp" => Kind.Int64,
        "数字" or "浮点" or "浮点型" or "浮点数" or "小数" => Kind.Number,
        "布尔" or "布尔型" or "布尔值" => Kind.Boolean,
        "数组" or "列表" => Kind.Array,
        "对象" or "字典" or "json对象" or "映射" => Kind.FreeObject,
        _ => null,
    };
}
