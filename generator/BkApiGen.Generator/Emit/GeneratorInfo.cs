namespace BkApiGen.Generator.Emit;

/// <summary>Identity stamped on generated code.</summary>
internal static class GeneratorInfo
{
    public const string Name = "BkApiGen";

    /// <summary>The generator's version (kept out of the snapshots' way: only the GeneratedCode attribute carries it).</summary>
    public static readonly string Version = typeof(GeneratorInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
