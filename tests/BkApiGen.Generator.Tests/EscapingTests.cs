using BkApiGen.Tests.Shared;
using Microsoft.CodeAnalysis;
using Newtonsoft.Json.Linq;

namespace BkApiGen.Generator.Tests;

/// <summary>
/// Text from a spec ends up in doc comments, line comments, string literals and attributes. Whatever characters it
/// holds (every C# line break, XML markup, quotes, braces, control characters), the output must compile without a
/// single warning for a consumer that builds its documentation file with warnings as errors.
/// </summary>
public sealed class EscapingTests
{
    // Every character C# ends a line at (CR, LF, CRLF, NEL, LS, PS), XML markup, a comment terminator, quotes, braces of
    // an interpolated string, a backslash and characters XML 1.0 does not allow at all.
    private const string Awkward = "one\rtwo\nthree\r\nfour\u0085five\u2028six\u2029seven */ <b>&amp; \"q\" 'a' {b} {{c}} \\ \u0001\u001f\uffff \ud800 end";

    [Fact]
    public void Awkward_text_in_descriptions_names_and_values_compiles_without_warnings()
    {
        var spec = new JObject
        {
            ["description"] = Awkward,
            ["x-bkapi"] = new JObject
            {
                ["system"] = "awkward",
                ["operation"] = "do_it",
                ["method"] = "POST",
                ["gatewayPath"] = "/api/do_it",
                ["request"] = Ref("request"),
                ["response"] = Ref("result"),
            },
            ["definitions"] = new JObject
            {
                ["request"] = new JObject
                {
                    ["type"] = "object",
                    ["description"] = Awkward,
                    ["properties"] = new JObject
                    {
                        [Awkward] = new JObject { ["type"] = "string", ["description"] = Awkward, ["pattern"] = "^[a-z\"{}\\\\\u2028]*$", ["x-csharp-name"] = "Quoted" },
                        ["mode"] = Ref("mode"),
                        ["level"] = Ref("level"),
                    },
                    ["required"] = new JArray(Awkward),
                },
                ["mode"] = new JObject
                {
                    ["type"] = "string",
                    ["description"] = Awkward,
                    ["enum"] = new JArray("x\"y", "{z}", "a\u2028b\rc", "<&>"),
                    ["x-enumNames"] = new JArray("Quote", "Brace", "Separator", "Markup"),
                    ["x-enumDescriptions"] = new JArray(Awkward, Awkward, Awkward, Awkward),
                },
                ["level"] = new JObject
                {
                    ["type"] = "integer",
                    ["enum"] = new JArray(1, 2),
                    ["x-enumNames"] = new JArray("Low", "High"),
                    ["x-enumDescriptions"] = new JArray(Awkward, Awkward),
                },
                ["result"] = new JObject
                {
                    ["type"] = "object",
                    ["description"] = Awkward,
                    ["properties"] = new JObject
                    {
                        [Awkward + "kind"] = new JObject { ["type"] = "integer", ["x-csharp-name"] = "Kind", ["description"] = Awkward },
                        ["common"] = new JObject { ["type"] = "string" },
                    },
                    ["required"] = new JArray(Awkward + "kind"),
                    ["discriminator"] = new JObject
                    {
                        ["propertyName"] = Awkward + "kind",
                        ["mapping"] = new JObject { ["1"] = "#/definitions/first", ["2"] = "#/definitions/second" },
                    },
                    ["oneOf"] = new JArray(Ref("first"), Ref("second")),
                },
                ["first"] = Case(),
                ["second"] = Case(),
            },
        };

        var specs = new[] { GeneratorHarness.Spec("/specs/we{ird}\r\n\"name\" */.bkapi.json", spec.ToString()) };
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.DocumentedParseOptions, "namespace Consumer { /// <summary>Marker.</summary>\ninternal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(specs, parseOptions: GeneratorHarness.DocumentedParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        var run = driver.GetRunResult().Results.Single();
        Assert.Null(run.Exception);
        Assert.NotEmpty(run.GeneratedSources);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));

        // What was escaped still says what the spec says: the names on the wire are the spec's, character for character.
        var request = output.GetTypeByMetadataName("Consumer.Awkward.Request") ?? throw new Xunit.Sdk.XunitException(
            "no request type among " + string.Join(", ", run.GeneratedSources.Select(s => s.HintName)));
        var quoted = request.GetMembers("Quoted").Single();
        var jsonName = quoted.GetAttributes().Single(a => a.AttributeClass?.Name == "JsonPropertyNameAttribute").ConstructorArguments.Single().Value;
        Assert.Equal(Awkward, jsonName);
    }

    [Fact]
    public void Names_that_differ_only_in_case_or_by_an_Item_suffix_derive_distinct_locals_and_fields()
    {
        // Found by the structural fuzzer: members "ip" and "Ip" (both legal C#) both read into a local "ipValue".
        var pattern = new JObject { ["type"] = "string", ["pattern"] = "^[a-z]+$" };
        JObject Named(JObject schema, string name) => new(schema.Properties().Select(p => new JProperty(p.Name, p.Value))) { ["x-csharp-name"] = name };
        var spec = new JObject
        {
            ["x-bkapi"] = new JObject
            {
                ["system"] = "awkward", ["operation"] = "names", ["method"] = "POST", ["gatewayPath"] = "/api/names",
                ["request"] = Ref("request"), ["response"] = Ref("upper_host"),
            },
            ["definitions"] = new JObject
            {
                ["request"] = new JObject
                {
                    ["type"] = "object",
                    ["properties"] = new JObject
                    {
                        ["ip"] = Named(pattern, "ip"),
                        ["IP"] = Named(pattern, "Ip"),
                        ["tags"] = new JObject { ["type"] = "array", ["items"] = pattern.DeepClone(), ["x-csharp-name"] = "Tags" },
                        ["tags_item"] = Named(pattern, "TagsItem"),
                        ["lower"] = Ref("lower_host"),
                        ["upper"] = Ref("upper_host"),
                    },
                },
                ["lower_host"] = new JObject { ["type"] = "object", ["x-csharp-name"] = "host", ["properties"] = new JObject { ["ip"] = Named(pattern, "ip"), ["IP"] = Named(pattern, "Ip") } },
                ["upper_host"] = new JObject { ["type"] = "object", ["x-csharp-name"] = "Host", ["properties"] = new JObject { ["name"] = new JObject { ["type"] = "string" } } },
            },
        };

        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.DocumentedParseOptions, "namespace Consumer { internal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver([GeneratorHarness.Spec("/specs/names.bkapi.json", spec.ToString())], parseOptions: GeneratorHarness.DocumentedParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        Assert.NotEmpty(driver.GetRunResult().Results.Single().GeneratedSources);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    private static JObject Ref(string name) => new() { ["$ref"] = "#/definitions/" + name };

    private static JObject Case() => new()
    {
        ["type"] = "object",
        ["description"] = Awkward,
        ["properties"] = new JObject { ["value"] = new JObject { ["type"] = "string", ["description"] = Awkward } },
    };
}
