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
        // Runs on every edit of every spec, before the real parse: scan the top level only, build no tree.
        try
        {
            using var reader = new Newtonsoft.Json.JsonTextReader(new System.IO.StringReader(text));
            if (!reader.Read() || reader.TokenType != Newtonsoft.Json.JsonToken.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == Newtonsoft.Json.JsonToken.PropertyName)
            {
                var isHeader = (string?)reader.Value == "x-bkapi";
                if (!reader.Read())
                {
                    return false;
                }

                if (!isHeader || reader.TokenType != Newtonsoft.Json.JsonToken.StartObject)
                {
                    reader.Skip();
                    continue;
                }

                while (reader.Read() && reader.TokenType == Newtonsoft.Json.JsonToken.PropertyName)
                {
                    var isRole = (string?)reader.Value == "role";
                    if (!reader.Read())
                    {
                        return false;
                    }

                    if (isRole)
                    {
                        return reader.TokenType == Newtonsoft.Json.JsonToken.String && (string?)reader.Value == "definitions";
                    }

                    reader.Skip();
                }

                return false;
            }

            return false;
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
