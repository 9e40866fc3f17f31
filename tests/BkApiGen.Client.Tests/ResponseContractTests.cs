using System.Text.Json.Nodes;
using BkApiGen.Runtime.Errors;
using BkApiGen.Tests.Shared;
using CsCheck;

namespace BkApiGen.Client.Tests;

/// <summary>
/// The response contract, over every response example of every spec of the repository: a member may be removed or set
/// to null and the answer still decodes through the generated client, unless the spec guarantees that member
/// (<c>x-never-null</c>); then the call fails with a <see cref="BkInvalidResponseException"/> that names it.
/// </summary>
public sealed class ResponseContractTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in ResponseExample.All)
        {
            data.Add(example.Source);
        }

        return data;
    }

    [Fact]
    public void Every_operation_spec_has_response_examples()
    {
        // Without one, the properties below would check nothing for that operation.
        var withExamples = ResponseExample.All.Select(e => e.Operation.Name).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(SpecOperation.All);
        Assert.All(SpecOperation.All, op => Assert.Contains(op.Name, withExamples));
        Assert.Contains(SpecOperation.All, op => op.File.StartsWith("RepoSpecs/jobv4/", StringComparison.Ordinal));
        Assert.Contains(SpecOperation.All, op => op.File.StartsWith("RepoSpecs/jobv3/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Each_member_removed_or_null_decodes_unless_the_spec_guarantees_it(string source)
    {
        var example = ResponseExample.All.Single(e => e.Source == source);
        var walker = new SpecWalker(example.Operation);
        var baseline = await example.Operation.CallAsync(example.Data);
        var discriminator = DiscriminatorName(example);
        var guaranteed = 0;
        foreach (var mutation in Mutation.All(example.Data))
        {
            var mutated = example.Data.DeepClone();
            Assert.True(mutation.ApplyTo(mutated));
            var member = walker.Find(mutated, mutation.Path);
            guaranteed += member is { NeverNull: true } ? 1 : 0;
            await AssertOutcomeAsync(example, mutated, member is { NeverNull: true } m ? [m.Label] : [], mutation.ToString(), baseline,
                keepsCase: mutation.Path.Count > 1 || (string)mutation.Path[0] != discriminator);
        }

        // The probe spec is there so that this half is checked too: its examples have guaranteed members at every level.
        if (example.Operation.Name == "get_probe")
        {
            Assert.True(guaranteed >= 4, $"{guaranteed} guaranteed members in {source}");
        }
    }

    [Fact]
    public void Several_members_removed_or_null_at_once_decode_unless_one_is_guaranteed()
    {
        var examples = ResponseExample.All;
        var cases = Gen.Int[0, examples.Count - 1].SelectMany(e =>
        {
            var mutations = Mutation.All(examples[e].Data);
            return Gen.Int[0, mutations.Count - 1].Array[2, 6].Select(picks => (Example: examples[e], Mutations: picks.Distinct().Select(i => mutations[i]).ToArray()));
        });

        cases.Check(c =>
        {
            var mutated = c.Example.Data.DeepClone();
            // Deepest first, so that a member is changed before its parent may be removed or nulled.
            var applied = c.Mutations.OrderByDescending(m => m.Path.Count).Where(m => m.ApplyTo(mutated)).ToList();
            var walker = new SpecWalker(c.Example.Operation);
            var expected = applied
                .Where(m => m.Parent(mutated) is not null)
                .Select(m => walker.Find(mutated, m.Path))
                .Where(m => m is { NeverNull: true })
                .Select(m => m!.Value.Label)
                .ToArray();
            AssertOutcomeAsync(c.Example, mutated, expected, string.Join(", ", applied), baseline: null, keepsCase: false).GetAwaiter().GetResult();
        }, iter: 1500, seed: 0x5EED_0012, print: c => $"{c.Example}: {string.Join(", ", c.Mutations.Select(m => m.ToString()))}");
    }

    /// <summary>A result when <paramref name="guaranteedLabels"/> is empty; otherwise the invalid response naming one of them.</summary>
    private static async Task AssertOutcomeAsync(ResponseExample example, JsonNode mutated, IReadOnlyList<string> guaranteedLabels, string what, object? baseline, bool keepsCase)
    {
        try
        {
            var result = await example.Operation.CallAsync(mutated);
            Assert.True(guaranteedLabels.Count == 0, $"{example}: {what} removed a member the spec guarantees ({string.Join(", ", guaranteedLabels)}), and the call still returned {result}.");
            Assert.NotNull(result);
            if (baseline is not null && keepsCase)
            {
                // Only the discriminator chooses the case: any other member may go without the object turning into another case.
                Assert.True(baseline.GetType() == result.GetType(), $"{example}: {what} turned {baseline.GetType().Name} into {result.GetType().Name}.");
            }
        }
        catch (BkInvalidResponseException ex) when (guaranteedLabels.Count > 0)
        {
            Assert.True(guaranteedLabels.Any(label => ex.Problem?.Contains(label, StringComparison.Ordinal) == true),
                $"{example}: {what}: the problem should name {string.Join(" or ", guaranteedLabels)}, was: {ex.Problem}");
        }
        catch (Exception ex) when (guaranteedLabels.Count == 0)
        {
            Assert.Fail($"{example}: {what}: no member the spec guarantees was touched, and the call failed: {ex}\n{mutated.ToJsonString()}");
        }
    }

    /// <summary>The discriminator of the response definition when it is a union (removing it may change the case).</summary>
    private static string? DiscriminatorName(ResponseExample example)
        => example.Operation.Spec["definitions"]![example.Operation.ResponseDefinition]!["discriminator"]?["propertyName"]?.GetValue<string>();
}
