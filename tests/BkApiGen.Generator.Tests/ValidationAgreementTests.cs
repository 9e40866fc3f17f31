using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.Validation;
using BkApiGen.Tests.Shared;
using CsCheck;
using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Tests;

/// <summary>
/// The generated <c>Validate(validator, path)</c> writes each rule once and runs in two modes: fail-fast
/// (<c>BkValidator.FailFast</c>: false at the first problem, no paths) and collecting (every problem with its path); the
/// public <c>Validate()</c> trusts the fail-fast pass and collects only when it fails. Every kind of rule the generator knows
/// (pattern, number and integer ranges, ipv4/ipv6 formats, lengths, item counts, item patterns, nested objects, anyOf,
/// dependencies, integer and string enums, alone and as list items) is compiled from one spec, loaded, and run both ways:
/// the fail-fast pass must be false exactly when the collecting pass reports a problem.
/// </summary>
public sealed class ValidationAgreementTests
{
    private const string Spec = """
        {
          "x-bkapi": { "system": "jobv3", "operation": "check_rules", "method": "POST", "gatewayPath": "/api/v3/check_rules",
                       "request": { "$ref": "#/definitions/check_rules_request" }, "response": { "$ref": "#/definitions/check_rules_result" } },
          "definitions": {
            "check_rules_request": { "type": "object", "required": ["code", "ratio"],
              "properties": {
                "code": { "type": "string", "pattern": "^[a-z]{2,4}$" },
                "ratio": { "type": "number", "minimum": 0, "maximum": 1 },
                "v4": { "type": "string", "format": "ipv4" },
                "v6": { "type": "string", "format": "ipv6" },
                "name": { "type": "string", "minLength": 2, "maxLength": 5 },
                "tags": { "type": "array", "minItems": 2, "maxItems": 3, "items": { "type": "string", "pattern": "^t[0-9]$" } },
                "scores": { "type": "array", "items": { "type": "integer", "minimum": -2 } },
                "child": { "$ref": "#/definitions/child" },
                "a": { "type": "integer" },
                "b": { "type": "integer" },
                "level": { "$ref": "#/definitions/level" },
                "kind": { "$ref": "#/definitions/kind" },
                "levels": { "type": "array", "items": { "$ref": "#/definitions/level" } }
              },
              "dependencies": { "a": ["b"] },
              "allOf": [ { "anyOf": [ { "required": ["v4"] }, { "required": ["v6"] } ] } ] },
            "child": { "type": "object", "required": ["id"], "properties": { "id": { "type": "integer", "minimum": 1, "maximum": 9 } } },
            "level": { "type": "integer", "enum": [1, 2], "x-enumNames": ["Low", "High"] },
            "kind": { "type": "string", "enum": ["x", "y"], "x-enumNames": ["X", "Y"] },
            "check_rules_result": { "type": "object", "properties": { "ok": { "type": "boolean" } } }
          }
        }
        """;

    // Each member's possible JSON (null: absent); the first choice of each is valid, and together they make a valid request.
    private static readonly string?[][] Choices =
    [
        ["\"code\":\"ab\"", "\"code\":\"abcd\"", "\"code\":\"a\"", "\"code\":\"abcde\"", "\"code\":\"AB\"", "\"code\":\"\""],
        ["\"ratio\":0.5", "\"ratio\":0", "\"ratio\":1", "\"ratio\":-0.1", "\"ratio\":1.0001", "\"ratio\":1e308"],
        ["\"v4\":\"10.0.0.1\"", null, "\"v4\":\"::1\"", "\"v4\":\"1.2.3\""],
        [null, "\"v6\":\"::1\"", "\"v6\":\"10.0.0.1\"", "\"v6\":\"fe80::1%1\""],
        [null, "\"name\":\"ab\"", "\"name\":\"abcde\"", "\"name\":\"a\"", "\"name\":\"abcdef\""],
        [null, "\"tags\":[\"t1\",\"t2\"]", "\"tags\":[\"t1\",\"t2\",\"t3\"]", "\"tags\":[]", "\"tags\":[\"t1\"]", "\"tags\":[\"t1\",\"t2\",\"t3\",\"t4\"]", "\"tags\":[\"t1\",\"x\"]"],
        [null, "\"scores\":[]", "\"scores\":[-2,0]", "\"scores\":[-3]", "\"scores\":[0,-9223372036854775808]"],
        [null, "\"child\":{\"id\":1}", "\"child\":{\"id\":9}", "\"child\":{\"id\":0}", "\"child\":{\"id\":10}"],
        [null, "\"b\":1", "\"a\":1,\"b\":2", "\"a\":1"],
        [null, "\"level\":1", "\"level\":2", "\"level\":3", "\"level\":0"],
        [null, "\"kind\":\"x\"", "\"kind\":\"y\"", "\"kind\":\"z\"", "\"kind\":\"\""],
        [null, "\"levels\":[]", "\"levels\":[1,2]", "\"levels\":[2,5]"],
    ];

    private static readonly Lazy<(Type Request, JsonTypeInfo Info)> Compiled = new(() =>
    {
        var (result, output, _) = GeneratorHarness.Run([GeneratorHarness.Spec("/p/specs/check_rules.bkapi.json", Spec)]);
        Assert.Empty(result.Diagnostics);
        using var assembly = new MemoryStream();
        var emitted = output.Emit(assembly);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)));
        assembly.Position = 0;
        // BkApiGen.Runtime (and so BkValidator) resolves to this process's copy: the default context loads it.
        var loaded = new AssemblyLoadContext("validation-agreement", isCollectible: true).LoadFromStream(assembly);
        var request = loaded.GetType("Consumer.JobV3.CheckRulesRequest", throwOnError: true)!;
        var context = (JsonSerializerContext)loaded.GetType("Consumer.JobV3.CheckRulesJsonContext", throwOnError: true)!
            .GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return (request, context.GetTypeInfo(request)!);
    });

    private static string Json(int[] picks) => "{" + string.Join(",", picks.Select((p, i) => Choices[i][p]).Where(m => m is not null)) + "}";

    /// <summary>The fail-fast verdict, the collecting pass's problems, and what the public Validate() threw (null: nothing).</summary>
    private static (bool IsValid, IReadOnlyList<BkValidationError> Collected, IReadOnlyList<BkValidationError>? Thrown) Run(string json)
    {
        var (type, info) = Compiled.Value;
        var request = JsonSerializer.Deserialize(json, info)!;
        var validate = type.GetMethod("Validate", BindingFlags.NonPublic | BindingFlags.Instance, [typeof(BkValidator), typeof(string)])!;
        var isValid = (bool)validate.Invoke(request, [BkValidator.FailFast, ""])!;
        var validator = new BkValidator();
        Assert.True((bool)validate.Invoke(request, [validator, ""])!, "a collecting pass goes on to the end");
        IReadOnlyList<BkValidationError>? thrown = null;
        try
        {
            type.GetMethod("Validate", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)!.Invoke(request, null);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is BkApiValidationException invalid)
        {
            thrown = invalid.Errors;
        }

        return (isValid, validator.Errors, thrown);
    }

    private static bool Agree(string json, out string detail)
    {
        var (isValid, collected, thrown) = Run(json);
        detail = $"{json}: fail-fast valid {isValid}, collected [{string.Join("; ", collected)}], thrown [{string.Join("; ", thrown ?? [])}]";
        return isValid == (collected.Count == 0) && (isValid ? thrown is null : thrown is not null && thrown.SequenceEqual(collected));
    }

    [Fact]
    public void The_valid_request_passes_and_each_rule_broken_alone_fails_both_ways()
    {
        var valid = new int[Choices.Length];
        Assert.True(Agree(Json(valid), out var detail), detail);
        Assert.True(Run(Json(valid)).IsValid, detail);

        for (var member = 0; member < Choices.Length; member++)
        {
            for (var choice = 1; choice < Choices[member].Length; choice++)
            {
                var picks = (int[])valid.Clone();
                picks[member] = choice;
                Assert.True(Agree(Json(picks), out detail), detail);
            }
        }

        // The failing choices do fail (so the loop above compared more than two empty lists).
        Assert.False(Run("""{"code":"AB","ratio":0.5,"v4":"10.0.0.1"}""").IsValid);
        // An integer enum is closed; a string enum is open (only a default instance, which JSON cannot express, is refused).
        Assert.Equal(["level", "levels[1]"], Run("""{"code":"ab","ratio":0.5,"v4":"10.0.0.1","level":3,"kind":"z","levels":[1,7]}""").Collected.Select(e => e.Path));
        Assert.Equal(["ratio", "tags[1]", "scores[0]", "child.id", "$", "b"], Run("""{"code":"ab","ratio":2,"tags":["t1","x"],"scores":[-3],"child":{"id":0},"a":1}""").Collected.Select(e => e.Path));
    }

    [Fact]
    public void A_valid_request_with_every_kind_of_rule_passes_fail_fast_without_allocating()
    {
        // Every member present with a valid value: each rule runs, none may box, build a path or a message.
        var json = Json([0, 0, 0, 1, 1, 1, 2, 1, 2, 1, 1, 2]);
        var (type, info) = Compiled.Value;
        var request = JsonSerializer.Deserialize(json, info)!;
        var validate = type.GetMethod("Validate", BindingFlags.NonPublic | BindingFlags.Instance, [typeof(BkValidator), typeof(string)])!
            .CreateDelegate<Func<BkValidator, string, bool>>(request);
        Assert.True(validate(BkValidator.FailFast, ""), json);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var valid = validate(BkValidator.FailFast, "") & validate(BkValidator.FailFast, "");
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(valid);
        Assert.Empty(Run(json).Collected);
    }

    [Fact]
    public void Random_requests_fail_fast_exactly_when_the_collecting_pass_finds_problems()
    {
        // Mostly the valid first choice of each member, so that valid and invalid requests are both common.
        var request = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 1000]).Array[Choices.Length]
            .Select(raw => raw.Select((r, i) => r.Item1 < 4 ? 0 : r.Item2 % Choices[i].Length).ToArray());
        var seen = new int[2];
        request.Check(p =>
        {
            var json = Json(p);
            var ok = Agree(json, out _);
            Interlocked.Increment(ref seen[Run(json).IsValid ? 1 : 0]);
            return ok;
        }, iter: 2000, seed: 0x5EED_0002, print: p => Agree(Json(p), out var detail) ? Json(p) : detail);

        Assert.True(seen[0] > 200 && seen[1] > 200, $"invalid {seen[0]}, valid {seen[1]}");
    }
}
