using System.Text;
using BkApiGen.Cli.Tests.Infrastructure;
using BkApiGen.Tests.Shared;
using CsCheck;

namespace BkApiGen.Cli.Tests;

/// <summary>
/// Whatever a doc has become (BlueKing docs are edited by hand: a table loses a cell, a heading moves, a code block is
/// left open), <c>bkapigen import</c> either writes a spec the generator reads without crashing, and that
/// <c>bkapigen check</c> finds in sync with the doc, or exits 2 with <c>error: file:line: …</c>. Never an unhandled exception (exit 1 and a stack trace). Every fixture doc, mutated line by
/// line and character by character.
/// </summary>
public sealed class ImportRobustnessTests
{
    private static readonly string[] Docs = Directory.EnumerateFiles(Fixtures.Root, "*", SearchOption.AllDirectories)
        .Where(p => p.EndsWith(".md", StringComparison.Ordinal) || p.EndsWith(".md.j2", StringComparison.Ordinal))
        .Where(p => !Path.GetRelativePath(Fixtures.Root, p).StartsWith("systems", StringComparison.Ordinal)) // whole-system sets: SystemImportTests
        .Order(StringComparer.Ordinal)
        .ToArray();

    // Lines that steer the reader: table rows and delimiters, headings it looks for, fences, type names, references.
    private static readonly string[] Lines =
    [
        "| 字段 | 类型 | 必选 | 描述 |", "|------|------|------|------|", "| a | string | 是 | x |", "| b | array | 否 | 定义见ip |",
        "| c | object | 否 | 定义见c |", "| log_type | int | 否 | 1-脚本, 2-文件 |", "| | | | |", "|", "||||",
        "### 请求参数", "### 返回结果示例", "#### ip", "#### 请求参数说明", "### 返回结果参数说明", "```json", "```", "{", "}",
        "{\"result\": true, \"data\": {\"a\": [1, {\"b\": null}]}}", "POST /api/v3/x", "", "    ", "# ", "- 1: 脚本 - 2: 文件",
    ];

    private static readonly Gen<int> Position = Gen.Int[0, int.MaxValue];

    private static readonly Gen<Func<List<string>, List<string>>> LineEdit = Gen.OneOf(
        Position.Select<int, Func<List<string>, List<string>>>(at => lines => Edit(lines, at, l => l.RemoveAt(at % l.Count))),
        Position.Select<int, Func<List<string>, List<string>>>(at => lines => Edit(lines, at, l => l.Insert(at % l.Count, l[at % l.Count]))),
        Gen.Select(Position, Position).Select<(int, int), Func<List<string>, List<string>>>(p => lines => Edit(lines, p.Item1, l =>
        {
            var (a, b) = (p.Item1 % l.Count, p.Item2 % l.Count);
            (l[a], l[b]) = (l[b], l[a]);
        })),
        Gen.Select(Position, Gen.OneOf(Lines)).Select<(int, string), Func<List<string>, List<string>>>(p => lines => Edit(lines, p.Item1, l => l.Insert(p.Item1 % (l.Count + 1), p.Item2))),
        Gen.Select(Position, Gen.Int[0, 12], Gen.OneOf(Gen.String, Gen.OneOf("|", "`", "#", "-", "定义见", "\t", "\u3000", "\r"))).Select<(int, int, string), Func<List<string>, List<string>>>(p => lines => Edit(lines, p.Item1, l =>
        {
            var i = p.Item1 % l.Count;
            var line = l[i];
            var start = line.Length == 0 ? 0 : p.Item1 / 7 % line.Length;
            l[i] = line.Remove(start, Math.Min(p.Item2, line.Length - start)).Insert(start, p.Item3);
        })));

    private static List<string> Edit(List<string> lines, int at, Action<List<string>> edit)
    {
        if (lines.Count > 0)
        {
            edit(lines);
        }

        return lines;
    }

    private sealed record Case(string Doc, string Text)
    {
        public override string ToString() => $"{Path.GetRelativePath(Fixtures.Root, Doc)} became:\n{Text}";
    }

    private static readonly Gen<Case> Cases = Gen.Select(Gen.Int[0, Docs.Length - 1], LineEdit.Array[1, 4], (doc, edits) =>
    {
        var lines = File.ReadAllText(Docs[doc]).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        foreach (var edit in edits)
        {
            lines = edit(lines);
        }

        return new Case(Docs[doc], string.Join("\n", lines));
    });

    private static int s_compiled;

    [Fact]
    public void An_edited_doc_imports_to_a_spec_the_generator_reads_or_to_an_error_at_its_line()
    {
        var outcomes = new int[2];
        Cases.Check(c =>
        {
            var directory = Directory.CreateTempSubdirectory("bkapigen-import-fuzz-");
            try
            {
                var doc = Path.Combine(directory.FullName, Path.GetFileName(c.Doc));
                var spec = Path.Combine(directory.FullName, "out.bkapi.json");
                File.WriteAllText(doc, c.Text, new UTF8Encoding(false));

                var (code, _, error) = CheckTests.Run("import", doc, "--system", "jobv3", "-o", spec);

                Assert.True(code is 0 or 2, $"exit {code}: {error}");
                Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
                Interlocked.Increment(ref outcomes[code / 2]);
                if (code == 2)
                {
                    Assert.StartsWith("error: ", error, StringComparison.Ordinal);
                    return;
                }

                // A doc is in sync with its own import, whatever state it is in.
                (code, var drift, error) = CheckTests.Run("check", doc, spec);
                Assert.True(code == 0, $"check of its own import: exit {code}\n{drift}{error}");

                // What the importer wrote, the generator reads: a BKGEN diagnostic at worst, never a crash (CS8785);
                // and what it accepts compiles (checked on every tenth accepted spec: compiling costs more than importing).
                var (generator, compiler, _) = GeneratorHarness.Compile(spec, File.ReadAllText(spec));
                Assert.All(generator, d => Assert.StartsWith("BKGEN", d.Id, StringComparison.Ordinal));
                if (generator.Count == 0 && Interlocked.Increment(ref s_compiled) % 10 == 0)
                {
                    Assert.True(compiler.Count == 0, string.Join("\n", compiler.Take(5)));
                }
            }
            finally
            {
                directory.Delete(recursive: true);
            }
        }, iter: 500, seed: 0x5EED_0007, print: c => c.ToString());

        // Both outcomes are common, or the property says little.
        Assert.True(outcomes.All(n => n > 30), $"imported {outcomes[0]}, refused {outcomes[1]}");
    }

    // ---------------------------------------------------------------- check against an edited spec

    private static readonly string SpecsDirectory = Path.GetDirectoryName(Fixtures.SeedSpecPath)!;

    /// <summary>Each hand-written spec with every fixture doc of the same operation.</summary>
    private static readonly (string Doc, string Spec)[] Pairs = Directory.EnumerateFiles(SpecsDirectory, "*.bkapi.json")
        .Where(spec => !spec.EndsWith("common.bkapi.json", StringComparison.Ordinal))
        .SelectMany(spec => Docs
            .Where(doc => Path.GetFileName(doc).StartsWith(Path.GetFileName(spec).Replace(".bkapi.json", ".md", StringComparison.Ordinal), StringComparison.Ordinal))
            .Select(doc => (doc, spec)))
        .Order()
        .ToArray();

    private static readonly string[] Keywords =
        ["type", "$ref", "enum", "items", "properties", "required", "x-aliases", "format", "oneOf", "discriminator", "description", "x-bkapi", "definitions", "mapping"];

    private static readonly Gen<System.Text.Json.Nodes.JsonNode?> Replacement = Gen.OneOf(
        Gen.Bool.Select(_ => (System.Text.Json.Nodes.JsonNode?)null),
        Gen.Int.Select(i => (System.Text.Json.Nodes.JsonNode?)System.Text.Json.Nodes.JsonValue.Create(i)),
        Gen.Bool.Select(b => (System.Text.Json.Nodes.JsonNode?)System.Text.Json.Nodes.JsonValue.Create(b)),
        Gen.OneOf(Gen.String, Gen.OneOf("object", "array", "integer", "string", "#/definitions/ip", "common.bkapi.json#/definitions/ip", "#/definitions/nope", ""))
            .Select(t => (System.Text.Json.Nodes.JsonNode?)System.Text.Json.Nodes.JsonValue.Create(t)),
        Gen.Bool.Select(_ => (System.Text.Json.Nodes.JsonNode?)new System.Text.Json.Nodes.JsonArray()),
        Gen.Bool.Select(_ => (System.Text.Json.Nodes.JsonNode?)new System.Text.Json.Nodes.JsonObject()));

    private sealed record SpecCase(string Doc, string Spec, string Text)
    {
        public override string ToString() => $"{Path.GetRelativePath(Fixtures.Root, Doc)} against {Path.GetFileName(Spec)} edited to:\n{Text}";
    }

    private static readonly Gen<SpecCase> SpecCases = Gen.Select(
        Gen.Int[0, Pairs.Length - 1],
        Gen.Select(Position, Gen.Int[0, 2], Gen.OneOf(Keywords), Replacement).Array[1, 3],
        (pair, edits) =>
        {
            var (doc, spec) = Pairs[pair];
            var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(spec))!;
            foreach (var (at, kind, keyword, replacement) in edits)
            {
                var containers = Descendants(root).Where(n => n is System.Text.Json.Nodes.JsonObject or System.Text.Json.Nodes.JsonArray).ToList();
                var target = containers[at % containers.Count];
                switch (target, kind)
                {
                    case (System.Text.Json.Nodes.JsonObject o, 0) when o.Count > 0:
                        o.Remove(o.ElementAt(at / 3 % o.Count).Key);
                        break;
                    case (System.Text.Json.Nodes.JsonObject o, 1) when o.Count > 0:
                        o[o.ElementAt(at / 3 % o.Count).Key] = replacement?.DeepClone();
                        break;
                    case (System.Text.Json.Nodes.JsonObject o, _):
                        o[keyword] = replacement?.DeepClone();
                        break;
                    case (System.Text.Json.Nodes.JsonArray a, _) when a.Count > 0:
                        a[at / 3 % a.Count] = replacement?.DeepClone();
                        break;
                    case (System.Text.Json.Nodes.JsonArray a, _):
                        a.Add(replacement?.DeepClone());
                        break;
                }
            }

            return new SpecCase(doc, spec, root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        });

    private static IEnumerable<System.Text.Json.Nodes.JsonNode> Descendants(System.Text.Json.Nodes.JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            System.Text.Json.Nodes.JsonObject o => o.Select(p => p.Value),
            System.Text.Json.Nodes.JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<System.Text.Json.Nodes.JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    [Fact]
    public void A_doc_checked_against_an_edited_spec_reports_drift_or_a_bad_spec_never_a_crash()
    {
        Assert.True(Pairs.Length >= 9, $"{Pairs.Length} doc/spec pairs");
        var outcomes = new int[3];
        SpecCases.Check(c =>
        {
            var directory = Directory.CreateTempSubdirectory("bkapigen-check-fuzz-");
            try
            {
                // The spec's shared definitions are read from its own folder.
                File.Copy(Path.Combine(SpecsDirectory, "common.bkapi.json"), Path.Combine(directory.FullName, "common.bkapi.json"));
                var spec = Path.Combine(directory.FullName, Path.GetFileName(c.Spec));
                File.WriteAllText(spec, c.Text);

                var (code, _, error) = CheckTests.Run("check", c.Doc, spec);

                Assert.True(code is 0 or 1 or 2, $"exit {code}: {error}");
                Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
                Interlocked.Increment(ref outcomes[code]);
                if (code == 2)
                {
                    Assert.StartsWith("error: ", error, StringComparison.Ordinal);
                }
            }
            finally
            {
                directory.Delete(recursive: true);
            }
        }, iter: 600, seed: 0x5EED_0008, print: c => c.ToString());

        // Drift is what an edited spec mostly shows; both other outcomes occur too.
        Assert.True(outcomes[1] > 100 && outcomes[0] + outcomes[2] > 10, $"in sync {outcomes[0]}, drift {outcomes[1]}, bad spec {outcomes[2]}");
    }
}
