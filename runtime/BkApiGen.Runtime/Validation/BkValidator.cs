using System.ComponentModel;
using System.Net;
using BkApiGen.Runtime.Errors;

namespace BkApiGen.Runtime.Validation;

/// <summary>
/// Checks request rules for the generated <c>Validate</c> methods, in one of two modes: a collecting validator
/// (<c>new BkValidator()</c>) records every problem, so that one call reports all of them; <see cref="FailFast"/> records
/// nothing and stops at the first problem, the allocation-free test the public <c>Validate()</c> runs first.
/// Paths are JSON paths as on the wire (<c>ip_list[2].ip</c>), the names a BlueKing operator would recognise; a rule gets its
/// parent's path and its member's name (and an item's index) and joins them only to record a problem.
/// </summary>
/// <remarks>
/// Each rule returns whether the caller may go on: true when the value passes, or when the problem was recorded; false only
/// from <see cref="FailFast"/> when it fails. The generated code writes each rule once as
/// <c>if (!validator.Rule(...)) return false;</c>.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public sealed class BkValidator
{
    private readonly bool _collects;
    private List<BkValidationError>? _errors;

    /// <summary>A validator that collects every problem.</summary>
    public BkValidator()
        : this(collects: true)
    {
    }

    private BkValidator(bool collects) => _collects = collects;

    /// <summary>
    /// The validator that records nothing and stops at the first problem (its rules return false): with it, a generated
    /// <c>Validate(validator, path)</c> returns whether the object is valid, without building a path or allocating.
    /// </summary>
    public static BkValidator FailFast { get; } = new(collects: false);

    /// <summary>The problems found so far (always none for <see cref="FailFast"/>).</summary>
    public IReadOnlyList<BkValidationError> Errors => (IReadOnlyList<BkValidationError>?)_errors ?? [];

    /// <summary>Records a problem; <see cref="FailFast"/> records nothing.</summary>
    public void Add(string path, string message)
    {
        if (_collects)
        {
            (_errors ??= []).Add(new BkValidationError(path, message));
        }
    }

    /// <summary>Throws <see cref="BkApiValidationException"/> when any problem was recorded.</summary>
    public void ThrowIfAny(string requestType)
    {
        if (_errors is { Count: > 0 })
        {
            throw new BkApiValidationException(requestType, _errors);
        }
    }

    /// <summary>
    /// What a request's public <c>Validate()</c> does: runs <paramref name="rules"/> fail-fast (no allocation when the request
    /// is valid, the common case) and, only when that fails, again with a collecting validator, to throw
    /// <see cref="BkApiValidationException"/> listing every problem.
    /// </summary>
    /// <param name="request">The request to check.</param>
    /// <param name="requestType">The request's JSON type name, for the exception.</param>
    /// <param name="rules">The request's generated <c>Validate(validator, path)</c>.</param>
    public static void Check<T>(T request, string requestType, Func<T, BkValidator, string, bool> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (!rules(request, FailFast, ""))
        {
            var validator = new BkValidator();
            rules(request, validator, "");
            validator.ThrowIfAny(requestType);
        }
    }

    /// <summary>Joins a parent path and a member name.</summary>
    public static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;

    /// <summary>The path of an array element.</summary>
    public static string Index(string path, int index) => $"{path}[{index}]";

    /// <summary>The path of member <paramref name="name"/> under <paramref name="path"/>, for a nested object's rules; empty for <see cref="FailFast"/>, which reports none.</summary>
    public string PathOf(string path, string name) => _collects ? Join(path, name) : "";

    /// <summary>The path of item <paramref name="index"/> of list <paramref name="name"/> under <paramref name="path"/>; empty for <see cref="FailFast"/>.</summary>
    public string PathOf(string path, string name, int index) => _collects ? Index(Join(path, name), index) : "";

    /// <summary>A required reference must be set.</summary>
    public bool NotNull(object? value, string path, string name) => value is not null || Fail(path, name, NoIndex, "is required");

    /// <summary>A required value that the C# type lets be null (it also travels in responses) must be set; not boxed to be tested.</summary>
    public bool NotNull<T>(T? value, string path, string name)
        where T : struct
        => value.HasValue || Fail(path, name, NoIndex, "is required");

    /// <summary>An item of a list whose items may not be null (they would be sent as <c>null</c>, which the server rejects).</summary>
    public bool NotNullItem(object? value, string path, string name, int index) => value is not null || Fail(path, name, index, "must not be null");

    /// <summary><c>minimum</c>/<c>maximum</c> for integers.</summary>
    public bool Range(long? value, long? minimum, long? maximum, string path, string name) => RangeCore(value, minimum, maximum, path, name, NoIndex);

    /// <summary><c>minimum</c>/<c>maximum</c> for the integer items of a list.</summary>
    public bool Range(long? value, long? minimum, long? maximum, string path, string name, int index) => RangeCore(value, minimum, maximum, path, name, index);

    /// <summary><c>minimum</c>/<c>maximum</c> for numbers.</summary>
    public bool Range(double? value, double? minimum, double? maximum, string path, string name) => RangeCore(value, minimum, maximum, path, name, NoIndex);

    /// <summary><c>minimum</c>/<c>maximum</c> for the number items of a list.</summary>
    public bool Range(double? value, double? minimum, double? maximum, string path, string name, int index) => RangeCore(value, minimum, maximum, path, name, index);

    /// <summary><c>minItems</c>/<c>maxItems</c> of list <paramref name="name"/>.</summary>
    public bool Count(int? count, int? minimum, int? maximum, string path, string name)
    {
        if (IsCountValid(count, minimum, maximum))
        {
            return true;
        }

        if (!_collects)
        {
            return false;
        }

        var n = count!.Value;
        var at = Join(path, name);
        if (minimum is { } min && n < min)
        {
            Add(at, min == 1 ? "must not be empty" : $"must have at least {min} items, had {n}");
        }

        if (maximum is { } max && n > max)
        {
            Add(at, $"must have at most {max} items, had {n}");
        }

        return true;
    }

    /// <summary><c>minLength</c>/<c>maxLength</c>.</summary>
    public bool Length(string? value, int? minimum, int? maximum, string path, string name) => LengthCore(value, minimum, maximum, path, name, NoIndex);

    /// <summary><c>minLength</c>/<c>maxLength</c> for the string items of a list.</summary>
    public bool Length(string? value, int? minimum, int? maximum, string path, string name, int index) => LengthCore(value, minimum, maximum, path, name, index);

    /// <summary><c>pattern</c>, with the regular expression the generator compiled.</summary>
    public bool Pattern(string? value, System.Text.RegularExpressions.Regex pattern, string path, string name) => PatternCore(value, pattern, path, name, NoIndex);

    /// <summary><c>pattern</c> for the string items of a list.</summary>
    public bool Pattern(string? value, System.Text.RegularExpressions.Regex pattern, string path, string name, int index) => PatternCore(value, pattern, path, name, index);

    /// <summary><c>format</c>: <c>ipv4</c>, <c>ipv6</c> or <c>ip</c> (either).</summary>
    public bool Format(string? value, string format, string path, string name) => FormatCore(value, format, path, name, NoIndex);

    /// <summary><c>format</c> for the string items of a list.</summary>
    public bool Format(string? value, string format, string path, string name, int index) => FormatCore(value, format, path, name, index);

    /// <summary>
    /// <c>enum</c>: the value must be one the spec lists. The generated converter of the enum decides (<paramref name="listed"/>)
    /// and says what is allowed (<paramref name="values"/>); generic, so that a valid value is not boxed to be reported.
    /// </summary>
    public bool Listed<T>(T value, bool listed, string values, string path, string name) => ListedCore(value, listed, values, path, name, NoIndex);

    /// <summary><c>enum</c> for the items of a list.</summary>
    public bool Listed<T>(T value, bool listed, string values, string path, string name, int index) => ListedCore(value, listed, values, path, name, index);

    /// <summary>
    /// JSON Schema <c>anyOf</c> of <c>required</c> lists: at least one alternative must have all its members present.
    /// The generated caller evaluates <paramref name="satisfied"/>; <paramref name="alternatives"/> says what was expected,
    /// e.g. <c>bk_scope_type + bk_scope_id, or bk_biz_id</c>. Reported at the object's path (<c>$</c> for the request).
    /// </summary>
    public bool AnyOf(string path, bool satisfied, string alternatives)
    {
        if (satisfied || !_collects)
        {
            return satisfied;
        }

        Add(path.Length == 0 ? "$" : path, $"one of {alternatives} is required");
        return true;
    }

    /// <summary>When <paramref name="name"/> is present, <paramref name="dependency"/> must be too (JSON Schema <c>dependencies</c>).</summary>
    public bool Dependency(string path, string name, bool present, string dependency, bool dependencyPresent)
        => IsDependencyMet(present, dependencyPresent) || (_collects && Fail(path, dependency, NoIndex, $"is required when {name} is set"));

    // The boolean tests of the rules above, which decide with them in both modes: what is valid is written once.

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

    /// <summary>A member's problem is reported at its own path; an item's at its index in the list.</summary>
    private const int NoIndex = -1;

    private static string At(string path, string name, int index) => index == NoIndex ? Join(path, name) : Index(Join(path, name), index);

    /// <summary>A failed rule: recorded (the caller goes on) or, for <see cref="FailFast"/>, false (the caller stops).</summary>
    private bool Fail(string path, string name, int index, string message)
    {
        if (_collects)
        {
            Add(At(path, name, index), message);
        }

        return _collects;
    }

    private bool RangeCore<T>(T? value, T? minimum, T? maximum, string path, string name, int index)
        where T : struct, System.Numerics.INumber<T>
    {
        if (IsInRangeCore(value, minimum, maximum))
        {
            return true;
        }

        if (!_collects)
        {
            return false;
        }

        var v = value!.Value;
        var at = At(path, name, index);
        if (minimum is { } min && v < min)
        {
            Add(at, $"must be at least {min}, was {v}");
        }

        if (maximum is { } max && v > max)
        {
            Add(at, $"must be at most {max}, was {v}");
        }

        return true;
    }

    private bool LengthCore(string? value, int? minimum, int? maximum, string path, string name, int index)
    {
        if (IsLengthValid(value, minimum, maximum))
        {
            return true;
        }

        if (!_collects)
        {
            return false;
        }

        var at = At(path, name, index);
        if (minimum is { } min && value!.Length < min)
        {
            Add(at, min == 1 ? "must not be empty" : $"must be at least {min} characters long");
        }

        if (maximum is { } max && value!.Length > max)
        {
            Add(at, $"must be at most {max} characters long, was {value.Length}");
        }

        return true;
    }

    private bool PatternCore(string? value, System.Text.RegularExpressions.Regex pattern, string path, string name, int index)
        => IsPatternMatch(value, pattern) || (_collects && Fail(path, name, index, $"must match {pattern}, was '{value}'"));

    private bool FormatCore(string? value, string format, string path, string name, int index)
    {
        if (IsFormatValid(value, format))
        {
            return true;
        }

        var expected = format switch { "ipv4" => "an IPv4 address", "ipv6" => "an IPv6 address", _ => "an IPv4 or IPv6 address" };
        return _collects && Fail(path, name, index, $"must be {expected}, was '{value}'");
    }

    private bool ListedCore<T>(T value, bool listed, string values, string path, string name, int index)
        => listed || (_collects && Fail(path, name, index, $"must be one of {values}, was '{value}'"));

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
