namespace BkApiGen.Generator.Parsing;

/// <summary>
/// One spec file as the pipeline sees it: its text and the settings that shape its output. Equatable, so an
/// unchanged file with unchanged settings stops the pipeline here.
/// </summary>
internal sealed record SpecInput(string Path, string Text, string? Namespace, string? ClientName, string? RootNamespace, bool IsDefinitions)
{
    /// <summary>
    /// True for a shared definitions file (<c>"x-bkapi": {"role": "definitions"}</c>). Decided up front because the
    /// operation specs are parsed against what the definitions files export.
    /// </summary>
    public static bool DetectDefinitions(string text)
    {
        try
        {
            return Newtonsoft.Json.Linq.JToken.Parse(text) is Newtonsoft.Json.Linq.JObject root
                && root["x-bkapi"] is Newtonsoft.Json.Linq.JObject api
                && api["role"] is Newtonsoft.Json.Linq.JValue { Type: Newtonsoft.Json.Linq.JTokenType.String } role
                && (string?)role == "definitions";
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return false;
        }
    }
}

/// <summary>The outcome of reading one spec: the model when it is usable, the types it exports, and every problem found.</summary>
internal sealed record ParseResult(
    BkApiGen.Generator.Models.ApiSpec? Spec,
    BkApiGen.Generator.Models.EquatableArray<BkApiGen.Generator.Models.SharedType> Exports,
    BkApiGen.Generator.Models.EquatableArray<BkApiGen.Generator.Diagnostics.DiagnosticInfo> Diagnostics);
