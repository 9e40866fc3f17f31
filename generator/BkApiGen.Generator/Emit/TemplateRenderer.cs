using System;
using System.IO;
using Scriban;
using Scriban.Runtime;

namespace BkApiGen.Generator.Emit;

/// <summary>
/// Renders the embedded Scriban templates. Each template is parsed once per compiler process (parsing costs far more
/// than rendering), never per build step.
/// </summary>
internal static class TemplateRenderer
{
    private static readonly Lazy<Template> SharedTemplate = new(() => Load("Shared.sbncs"));
    private static readonly Lazy<Template> ModelsTemplate = new(() => Load("Models.sbncs"));
    private static readonly Lazy<Template> JsonTemplate = new(() => Load("Json.sbncs"));
    private static readonly Lazy<Template> OperationTemplate = new(() => Load("Operation.sbncs"));
    private static readonly Lazy<Template> ClientTemplate = new(() => Load("Client.sbncs"));
    private static readonly Lazy<Template> CallbackTemplate = new(() => Load("Callback.sbncs"));

    public static string Models(FileView view) => Render(ModelsTemplate.Value, view);

    public static string Json(FileView view) => Render(JsonTemplate.Value, view);

    public static string Operation(FileView view) => Render(OperationTemplate.Value, view);

    public static string Client(FileView view) => Render(ClientTemplate.Value, view);

    public static string Callback(FileView view) => Render(CallbackTemplate.Value, view);

    internal static string Render(Template template, FileView view)
    {
        var globals = new ScriptObject();
        globals.Import(view);
        // Spec text placed by a template goes through one of these: a C# string literal, a UTF-8 literal, XML in a doc
        // comment, or one line of a line comment (see CommentText).
        globals.Import("literal", new Func<string, string>(TypeExpressions.Literal));
        globals.Import("utf8", new Func<string, string>(TypeExpressions.Utf8));
        globals.Import("xml", new Func<string, string>(text => CommentText.Xml(CommentText.OneLine(text))));
        globals.Import("one_line", new Func<string, string>(CommentText.OneLine));
        // LoopLimit 0: the default (1000) breaks on specs with many types or members. Strict variables and no relaxed
        // member access: a template naming a variable or a view member that does not exist fails instead of printing nothing.
        var context = new TemplateContext { LoopLimit = 0, StrictVariables = true, EnableRelaxedMemberAccess = false };
        context.PushGlobal(globals);
        // The shared functions (Shared.sbncs) are defined in the context first; they print nothing themselves.
        context.PushOutput();
        SharedTemplate.Value.Render(context);
        context.PopOutput();
        return template.Render(context).Replace("\r\n", "\n");
    }

    private static Template Load(string name)
    {
        using var stream = typeof(TemplateRenderer).Assembly.GetManifestResourceStream("BkApiGen.Templates." + name)
            ?? throw new InvalidOperationException($"Template {name} is not embedded in the generator.");
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd(), name);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"Template {name} has errors: {string.Join("; ", template.Messages)}");
        }

        return template;
    }
}
