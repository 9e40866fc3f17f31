using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Serialization;
using BkApiGen.Tests.Shared;
using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Tests.Infrastructure;

/// <summary>The generated code of one spec, compiled and loaded into this process, to read JSON with it as a user's program would.</summary>
internal sealed class GeneratedAssembly
{
    private readonly Assembly _assembly;
    private readonly JsonSerializerContext _context;

    private GeneratedAssembly(Assembly assembly, JsonSerializerContext context)
    {
        _assembly = assembly;
        _context = context;
    }

    /// <param name="spec">Generated in namespace <c>Consumer.{System}</c>; its JSON context is <c>{Operation}JsonContext</c>.</param>
    /// <param name="contextName">The C# name of the operation's JSON context, e.g. <c>GetIpLogsJsonContext</c>.</param>
    /// <param name="userSource">C# compiled with the generated code, as a user's program would call it (e.g. a <c>ReadOnlySpan</c> overload reflection cannot invoke).</param>
    public static GeneratedAssembly Load(SpecBuilder spec, string contextName, string? userSource = null)
    {
        var compilation = userSource is null ? null : GeneratorHarness.CreateCompilation(userSource);
        var (result, output, _) = GeneratorHarness.Run([GeneratorHarness.Spec(spec.Path, spec.ToJson())], compilation);
        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)));
        image.Position = 0;
        // BkApiGen.Runtime resolves to this process's copy: the default context loads it.
        var assembly = new AssemblyLoadContext("generated-" + spec.Operation, isCollectible: true).LoadFromStream(image);
        var contextType = assembly.GetTypes().Single(t => t.Name == contextName);
        var context = (JsonSerializerContext)contextType.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return new GeneratedAssembly(assembly, context);
    }

    /// <summary>Reads <paramref name="json"/> as the generated type named <paramref name="typeName"/>, with the generated metadata only.</summary>
    public object Read(string typeName, string json)
    {
        var type = _assembly.GetTypes().Single(t => t.Name == typeName);
        return JsonSerializer.Deserialize(json, _context.GetTypeInfo(type)!)!;
    }

    /// <summary>Writes a generated object as JSON, with the generated metadata only.</summary>
    public string Write(object value) => JsonSerializer.Serialize(value, _context.GetTypeInfo(value.GetType())!);

    /// <summary>A generated object as <c>new T()</c> makes it (its members at their initial values).</summary>
    public object New(string typeName) => Activator.CreateInstance(_assembly.GetTypes().Single(t => t.Name == typeName))!;

    /// <summary>Calls the public static method <paramref name="method"/> of the type named <paramref name="typeName"/> (generated or user code).</summary>
    public object? CallStatic(string typeName, string method, params object?[] arguments)
    {
        try
        {
            return _assembly.GetTypes().Single(t => t.Name == typeName).GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }

    /// <summary>A public property of a generated object, by its C# name.</summary>
    public static object? Property(object value, string name) => value.GetType().GetProperty(name)!.GetValue(value);
}
