using System.Reflection;
using BkApiGen.Generator.Tests.Infrastructure;
using BkApiGen.Runtime.Errors;
using BkApiGen.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Tests;

/// <summary>
/// The Models, Operation and Client files name the framework and the runtime through file-local namespace aliases
/// (<c>Bk::</c>, <c>Stj::</c>, <c>Scg::</c>, <c>Sys::</c>) and the types of their own namespace by simple name. A consumer
/// whose namespaces (the global one included) declare types with those names, or with the names the generated code uses
/// (<c>Host</c>, <c>IReadOnlyList&lt;T&gt;</c>, <c>Task&lt;T&gt;</c>...), must still compile, and the generated members keep
/// their types. (A global type named <c>System</c> or <c>BkApiGen</c> breaks <c>global::System</c> itself, in any code.)
/// </summary>
public sealed class FileAliasTests
{
    private const string LookAlikes = """
        public sealed class Bk { }
        public sealed class Stj { }
        public sealed class Scg { }
        public sealed class Sys { }
        public sealed class System { }
        public sealed class BkApiGen { }
        public sealed class IReadOnlyList<T> { }
        public sealed class IAsyncEnumerable<T> { }
        public sealed class Task<T> { }
        public sealed class CancellationToken { }
        public sealed class JsonElement { }
        public sealed class Regex { }
        public sealed class BkValidator { }
        public static class Serialization { }
        public static class Validation { }
        """;

    [Fact]
    public void Consumer_types_named_like_the_aliases_change_nothing()
    {
        var paged = new SpecBuilder("cc", "list_hosts")
            .Request("list_hosts_request", o => o
                .Member("bk_biz_id", Schema.Int64.Minimum(1), required: true)
                .Member("page", Schema.Ref("page"))
                .Member("bk_host_ids", Schema.ListOf(Schema.Int64).MaxItems(500)))
            .Response("list_hosts_data", o => o
                .Member("count", Schema.Int32)
                .Member("info", Schema.ListOf(Schema.Ref("host")).EmptyByDefault()))
            .Object("page", o => o.Member("start", Schema.Int32).Member("limit", Schema.Int32))
            .Object("host", o => o.Member("bk_host_id", Schema.Int64))
            .Pagination(offset: "page.start", limit: "page.limit", total: "count", items: "info", maxLimit: 500)
            .Chunk("bk_host_ids");
        var consumer = GeneratorHarness.CreateCompilation(
            $$"""
            public sealed class Bk { }
            public sealed class Stj { }
            public sealed class Scg { }
            public sealed class Sys { }
            namespace Consumer { {{LookAlikes}} public sealed class Host { } public sealed class ScopeType { } public sealed class ScopeTypeJsonConverter { } }
            namespace Consumer.JobV3 { {{LookAlikes}} }
            namespace Consumer.Cc { {{LookAlikes}} }
            """);
        var specs = GeneratorHarness.SeedSpecs().Append(GeneratorHarness.Spec(paged.Path, paged.ToJson())).ToArray();

        var (result, output, _) = GeneratorHarness.Run(specs, consumer);

        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        var ipList = output.GetTypeByMetadataName("Consumer.JobV3.BatchGetJobInstanceIpLogRequest")!.GetMembers("IpList").OfType<IPropertySymbol>().Single();
        Assert.Equal("System.Collections.Generic.IReadOnlyList<Consumer.JobV3.Host>?", ipList.Type.ToDisplayString());
        var client = output.GetTypeByMetadataName("Consumer.Cc.CcClient")!;
        Assert.Equal(
            "System.Collections.Generic.IAsyncEnumerable<Consumer.Cc.Host>",
            client.GetMembers("ListHostsAllAsync").OfType<IMethodSymbol>().Single().ReturnType.ToDisplayString());
        Assert.Equal(
            "System.Threading.Tasks.Task<Consumer.Cc.ListHostsData>",
            client.GetMembers("ListHostsAsync").OfType<IMethodSymbol>().Single().ReturnType.ToDisplayString());
    }

    [Fact]
    public void A_member_named_like_an_enum_converter_does_not_hide_it_in_the_rules()
    {
        // The rules name an enum's converter simply, unless a member of the record has its name: then by its global:: name.
        var spec = new SpecBuilder("jobv3", "set_level")
            .Request("set_level_request", o => o
                .Member("level", Schema.Ref("level"), required: true)
                .Member("level_json_converter", Schema.String.MinLength(1)))
            .Response("set_level_data", o => o.Member("ok", Schema.Boolean))
            .IntEnum("level", (1, "Low"), (2, "High"));
        var generated = GeneratedAssembly.Load(spec, "SetLevelJsonContext");

        var request = generated.Read("SetLevelRequest", """{"level": 3, "level_json_converter": ""}""");
        var validate = request.GetType().GetMethod("Validate", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)!;
        var thrown = Assert.Throws<TargetInvocationException>(() => validate.Invoke(request, null));

        Assert.Equal(["level", "level_json_converter"], Assert.IsType<BkApiValidationException>(thrown.InnerException).Errors.Select(e => e.Path));
        validate.Invoke(generated.Read("SetLevelRequest", """{"level": 2}"""), null);
    }
}
