using System.ComponentModel;
using System.Net;
using BkApiGen.Runtime.Errors;

namespace BkApiGen.Runtime.Validation;

/// <summary>
/// Collects request problems for generated <c>Validate()</c> methods, so that one call reports all of them.
/// Paths are JSON paths as on the wire (<c>ip_list[2].ip</c>), the names a BlueKing operator would recognise.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public sealed class BkValidator
{
    private List<BkValidationError>? _errors;

    /// <summary>The problems found so far.</summary>
    public IReadOnlyList<BkValidationError> Errors => (IReadOnlyList<BkValidationError>?)_errors ?? [];

    /// <summary>Records a problem.</summary>
    public void Add(string path, string message) => (_errors ??= []).Add(new BkValidationError(path, message));

    /// <summary>Throws <see cref="BkApiValidationException"/> when any problem was recorded.</summary>
    public void ThrowIfAny(string requestType)
    {
        if (_errors is { Count: > 0 })
        {
            throw new BkApiValidationException(requestType, _errors);
        }
    }

    /// <summary>Joins a parent path and a member name.</summary>
    public static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;

    /// <summary>The path of an array element.</summary>
    public static string Index(string path, int index) => $"{path}[{index}]";

    /// <summary>A required reference must be set.</summary>
    public void NotNull(object? value, string path)
    {
        if (value is null)
        {
            Add(path, "is required");
        }
    }

    /// <summary>An item of a list whose items may not be null (they would be sent as <c>null</c>, which the server rejects).</summary>
    public void NotNullItem(object? value, string path)
    {
        if (value is null)
        {
            Add(path, "must not be null");
        }
    }

    /// <summary><c>minimum</c>/<c>maximum</c> for integers.</summary>
    public void Range(long? value, long? minimum, long? maximum, string path) => RangeCore(value, minimum, maximum, path);

    /// <summary><c>minimum</c>/<c>maximum</c> for numbers.</summary>
    public void Range(double? value, double? minimum, double? maximum, string path) => RangeCore(value, minimum, maximum, path);

    /// <summary><c>minItems</c>/<c>maxItems</c>.</summary>
    public void Count(int? count, int? minimum, int? maximum, string path)
    {
        if (IsCountValid(count, minimum, maximum))
        {
            return;
        }

        var n = count!.Value;
        if (minimum is { } min && n < min)
        {
            Add(path, min == 1 ? "must not be empty" : $"must have at least {min} items, had {n}");
        }

        if (maximum is { } max && n > max)
        {
            Add(path, $"must have at most {max} items, had {n}");
        }
    }

    /// <summary><c>minLength</c>/<c>maxLength</c>.</summary>
    public void Length(string? value, int? minimum, int? maximum, string path)
    {
        if (IsLengthValid(value, minimum, maximum))
        {
            return;
        }

        if (minimum is { } min && value!.Length < min)
        {
            Add(path, min == 1 ? "must not be empty" : $"must be at least {min} characters long");
        }

        if (maximum is { } max && value!.Length > max)
        {
            Add(path, $"must be at most {max} characters long, was {value.Length}");
        }
    }

    /// <summary><c>pattern</c>, with the regular expression the generator compiled.</summary>
    public void Pattern(string? value, System.Text.RegularExpressions.Regex pattern, string path)
    {
        if (!IsPatternMatch(value, pattern))
        {
            Add(path, $"must match {pattern}, was '{value}'");
        }
    }

    /// <summary><c>format</c>: <c>ipv4</c>, <c>ipv6</c> or <c>ip</c> (either).</summary>
    public void Format(string? value, string format, string path)
    {
        if (!IsFormatValid(value, format))
        {
            var expected = format switch { "ipv4" => "an IPv4 address", "ipv6" => "an IPv6 address", _ => "an IPv4 or IPv6 address" };
            Add(path, $"must be {expected}, was '{value}'");
        }
    }

    /// <summary>
    /// <c>enum</c>: the value must be one the spec lists. The generated converter of the enum decides (<paramref name="listed"/>)
    /// and says what is allowed (<paramref name="values"/>); generic, so that a valid value is not boxed to be reported.
    /// </summary>
    public void Listed<T>(T value, bool listed, string values, string path)
    {
        if (!listed)
        {
            Add(path, $"must be one of {values}, was '{value}'");
        }
    }

    /// <summary>
    /// JSON Schema <c>anyOf</c> of <c>required</c> lists: at least one alternative must have all its members present.
    /// The generated caller evaluates <paramref name="satisfied"/> (the generated <c>IsValid()</c> uses the same expression);
    /// <paramref name="alternatives"/> says what was expected, e.g. <c>bk_scope_type + bk_scope_id, or bk_biz_id</c>.
    /// </summary>
    public void AnyOf(string prefix, bool satisfied, string alternatives)
    {
        if (!satisfied)
        {
            Add(prefix.Length == 0 ? "$" : prefix, $"one of {alternatives} is required");
        }
    }

    /// <summary>When <paramref name="name"/> is present, <paramref name="dependency"/> must be too (JSON Schema <c>dependencies</c>).</summary>
    public void Dependency(string prefix, string name, bool present, string dependency, bool dependencyPresent)
    {
        if (!IsDependencyMet(present, dependencyPresent))
        {
            Add(Join(prefix, dependency), $"is required when {name} is set");
        }
    }

    // The boolean twins: the same checks without a validator, a path or an allocation. The generated IsValid() calls them,
    // and the collecting methods above decide with them, so the two passes cannot disagree about what is valid.

    /// <summary>True when <paramref name="value"/> is absent or within <c>minimum</c>/<c>maximum</c> (integers).</summary>
    public static bool IsInRange(long? value, long? minimum, long? maximum) => IsInRangeCore(value, minimum, maximum);

    /// <summary>True when <paramref name="value"/> is absent or within <c>minimum</c>/<c>maximum</c> (numbers; NaN passes, as no comparison fails).</summary>
    public static bool IsInRange(double? value, double? minimum, double? maximum) => IsInRangeCore(value, minimum, maximum);

    /// <summary>True when <paramref name="count"/> is absent or within <c>minItems</c>/<c>maxItems</c>.</summary>
    public static bool IsCountValid(int? count, int? minimum, int? maximum)
        => count is not { } n || ((minimum is not { } min || n >= min) && (maximum is not { } max || n <= max));

    /// <summary>True when <paramref name="value"/> is absent or within <c>minLength</c>/<c>maxLength</c>.</summary>
    public static bool IsLengthValid(string? value, int? minimum, int? maximum)
        => value is null || ((minimum is not { } min || value.Length >= min) && (maximum is not { } max || value.Length <= max));

    /// <summary>True when <paramref name="value"/> is absent or matches <paramref name="pattern"/>.</summary>
    public static bool IsPatternMatch(string? value, System.Text.RegularExpressions.Regex pattern) => value is null || pattern.IsMatch(value);

    /// <summary>True when <paramref name="value"/> is absent or has the <paramref name="format"/> (<c>ipv4</c>, <c>ipv6</c>, <c>ip</c>; other formats are not checked).</summary>
    public static bool IsFormatValid(string? value, string format)
        => value is null || format switch
        {
            "ipv4" => IsIPv4(value),
            "ipv6" => IsIPv6(value),
            "ip" => IsIPv4(value) || IsIPv6(value),
            _ => true,
        };

    /// <summary>True unless a member is <paramref name="present"/> without its dependency (JSON Schema <c>dependencies</c>).</summary>
    public static bool IsDependencyMet(bool present, bool dependencyPresent) => !present || dependencyPresent;

    private static bool IsInRangeCore<T>(T? value, T? minimum, T? maximum)
        where T : struct, System.Numerics.INumber<T>
        => value is not { } v || !((minimum is { } min && v < min) || (maximum is { } max && v > max)); // NaN passes, as it always has

    private void RangeCore<T>(T? value, T? minimum, T? maximum, string path)
        where T : struct, System.Numerics.INumber<T>
    {
        if (IsInRangeCore(value, minimum, maximum))
        {
            return;
        }

        var v = value!.Value;
        if (minimum is { } min && v < min)
        {
            Add(path, $"must be at least {min}, was {v}");
        }

        if (maximum is { } max && v > max)
        {
            Add(path, $"must be at most {max}, was {v}");
        }
    }

    /// <summary>
    /// Strict dotted-quad IPv4 (RFC 3986 <c>dec-octet</c>): four decimal parts 0-255 without leading zeros (IPAddress.TryParse
    /// alone also takes "1", "0x1" or "010").
    /// </summary>
    public static bool IsIPv4(string value)
    {
        var parts = 0;
        var digits = 0;
        var part = 0;
        foreach (var c in value)
        {
            if (c == '.')
            {
                if (digits == 0)
                {
                    return false;
                }

                parts++;
                digits = 0;
                part = 0;
                continue;
            }

            // A leading zero ("010") is refused: some parsers (inet_aton, and so many shells and agents) read it as octal.
            if (c is < '0' or > '9' || digits == 3 || (digits == 1 && part == 0))
            {
                return false;
            }

            part = (part * 10) + (c - '0');
            digits++;
            if (part > 255)
            {
                return false;
            }
        }

        return parts == 3 && digits > 0;
    }

    /// <summary>IPv6 in any standard text form (RFC 4291 2.2): no brackets, port or zone id, which IPAddress.TryParse alone accepts.</summary>
    /// <remarks>Text with a ':' parses as IPv6 or not at all, so IPAddress.IsValid (which allocates no IPAddress) decides.</remarks>
    public static bool IsIPv6(string value)
        => value.Contains(':') && !value.AsSpan().ContainsAnyExcept(IPv6Chars) && IPAddress.IsValid(value);

    private static readonly System.Buffers.SearchValues<char> IPv6Chars = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF:.");
}
