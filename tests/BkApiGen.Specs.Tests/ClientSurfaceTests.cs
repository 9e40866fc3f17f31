using System.Text.Json.Serialization;
using BkApiGen.Runtime;
using BkApiGen.Specs.Tests.JobV3;

namespace BkApiGen.Specs.Tests;

/// <summary>All the specs of specs/jobv3 make one client, with one method per documented bk-job v3 endpoint.</summary>
public sealed class ClientSurfaceTests
{
    /// <summary>The hand-written operations: (method on the client, descriptor, gateway HTTP method, idempotent).</summary>
    public static TheoryData<string, string, string, bool> Operations => new()
    {
        { "FastExecuteScriptAsync", "fast_execute_script", "POST", false },
        { "FastTransferFileAsync", "fast_transfer_file", "POST", false },
        { "ExecuteJobPlanAsync", "execute_job_plan", "POST", false },
        { "OperateJobInstanceAsync", "operate_job_instance", "POST", false },
        { "GetJobInstanceStatusAsync", "get_job_instance_status", "GET", true },
        { "GetJobInstanceIpLogAsync", "get_job_instance_ip_log", "GET", true },
        { "BatchGetJobInstanceIpLogAsync", "batch_get_job_instance_ip_log", "POST", true },
        { "GetJobInstanceListAsync", "get_job_instance_list", "GET", true },
        { "GetJobPlanDetailAsync", "get_job_plan_detail", "GET", true },
    };

    /// <summary>Every operation spec of specs/jobv3 (hand-written and imported): its wire name.</summary>
    private static IEnumerable<string> SpecOperations()
        => Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "specs", "jobv3"), "*.bkapi.json")
            .Select(p => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(p))!["x-bkapi"]!["operation"]?.GetValue<string>())
            .OfType<string>();

    /// <summary>The client methods alone.</summary>
    public static TheoryData<string> Methods => new(Operations.Select(row => (string)row[0]));

    /// <summary>
    /// IJobV3Client has one method per operation spec of specs/jobv3 (the nine hand-written ones among them), each taking
    /// its request and a cancellation token, with its descriptor; its only other methods are the paging and chunking
    /// helpers that specs declare (<c>…AllAsync</c>, <c>…Chunked…Async</c>), each beside its operation.
    /// </summary>
    [Fact]
    public void The_client_interface_has_one_method_per_operation_and_only_the_declared_helpers_beside()
    {
        var methods = typeof(IJobV3Client).GetMethods();
        var operations = methods.Where(m => m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)).ToList();
        var helpers = methods.Except(operations).ToList();

        var expected = SpecOperations().Select(o => string.Concat(o.Split('_').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])) + "Async").ToList();
        Assert.Subset(expected.ToHashSet(), Operations.Select(row => (string)row[0]).ToHashSet());
        Assert.True(expected.Count > Operations.Count, "the imported operations are in specs/jobv3 too");
        Assert.Equal(expected.Order(StringComparer.Ordinal), operations.Select(m => m.Name).Order(StringComparer.Ordinal));
        Assert.All(operations, m =>
        {
            Assert.Equal(2, m.GetParameters().Length);
            Assert.EndsWith("Request", m.GetParameters()[0].ParameterType.Name, StringComparison.Ordinal);
            Assert.Equal(typeof(CancellationToken), m.GetParameters()[1].ParameterType);
            Assert.NotNull(typeof(JobV3Client).GetProperty(m.Name[..^"Async".Length] + "Operation"));
        });
        Assert.All(helpers, m =>
        {
            Assert.Equal(typeof(IAsyncEnumerable<>), m.ReturnType.GetGenericTypeDefinition());
            var operation = m.Name.EndsWith("AllAsync", StringComparison.Ordinal) ? m.Name[..^"AllAsync".Length] + "Async" : m.Name[..m.Name.IndexOf("Chunked", StringComparison.Ordinal)] + "Async";
            Assert.Contains(operations, o => o.Name == operation && o.GetParameters()[0].ParameterType == m.GetParameters()[0].ParameterType);
        });
        Assert.Contains(helpers, m => m.Name == "GetJobInstanceListAllAsync");
        Assert.True(typeof(IJobV3Client).IsAssignableFrom(typeof(JobV3Client)));
    }

    /// <summary>
    /// Each operation's JSON context resolves every generated type its request and response reach, shared definitions
    /// included (a union's unknown case is read through the union).
    /// </summary>
    [Theory]
    [MemberData(nameof(Methods))]
    public void Each_operation_context_resolves_every_type_of_the_operation(string method)
    {
        var operation = typeof(IJobV3Client).GetMethod(method)!;
        var context = (JsonSerializerContext)typeof(JobV3Client).Assembly.GetType(typeof(JobV3Client).Namespace + "." + method[..^"Async".Length] + "JsonContext")!
            .GetProperty("Default")!.GetValue(null)!;
        var reached = new HashSet<Type>();
        var pending = new Stack<Type>([operation.GetParameters()[0].ParameterType, operation.ReturnType.GetGenericArguments()[0]]);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsGenericType)
            {
                type.GetGenericArguments().ToList().ForEach(pending.Push);
                continue;
            }

            if (type.Namespace != typeof(JobV3Client).Namespace || !reached.Add(type))
            {
                continue;
            }

            type.GetProperties().Where(p => p.DeclaringType == type).Select(p => p.PropertyType).ToList().ForEach(pending.Push);
            typeof(JobV3Client).Assembly.GetTypes().Where(t => t.BaseType == type && !t.Name.StartsWith("Unknown", StringComparison.Ordinal)).ToList().ForEach(pending.Push);
        }

        Assert.NotEmpty(reached);
        Assert.All(reached, type => Assert.True(context.GetTypeInfo(type) is not null, $"{context.GetType().Name} does not resolve {type.Name}"));
    }

    /// <summary>Each operation's descriptor: ESB path, gateway path and method, and retries only for reads.</summary>
    [Theory]
    [MemberData(nameof(Operations))]
    public void Each_operation_has_its_paths_method_and_idempotency(string method, string name, string httpMethod, bool idempotent)
    {
        var property = typeof(JobV3Client).GetProperty(method[..^"Async".Length] + "Operation");
        Assert.NotNull(property);
        var operation = Assert.IsType<BkApiOperation>(property.GetValue(null));

        Assert.Equal("jobv3", operation.System);
        Assert.Equal(name, operation.Name);
        Assert.Equal($"/api/c/compapi/v2/jobv3/{name}/", operation.EsbPath);
        Assert.Equal($"/api/v3/{name}", operation.GatewayPath);
        Assert.Equal(new HttpMethod(httpMethod), operation.Method);
        Assert.Equal(idempotent, operation.IsIdempotent);
    }
}
