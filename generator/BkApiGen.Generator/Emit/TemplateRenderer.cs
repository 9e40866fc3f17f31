using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Scriban;
using Scriban.Runtime;

namespace BkApiGen.Generator.Emit;

/// <summary>
/// Renders the embedded Scriban templates. Each template is parsed once per compiler process (parsing costs far more
/// than rendering), never per build step.
/// </summary>
internal static class TemplateRenderer
{
    private static readonly Lazy<Template> ModelsTemplate = new(() => Load("Models.sbncs"));
    private static readonly Lazy<Template> JsonTemplate = new(() => Load("Json.sbncs"));
    private static readonly Lazy<Template> OperationTemplate = new(() => Load("Operation.sbncs"));
    private static readonly Lazy<Template> ClientTemplate = new(() => Load("Client.sbncs"));

    public static string Models(FileView view) => Render(ModelsTemplate.Value, view);

    public static string Json(FileView view) => Render(JsonTemplate.Value, view);

    public static string Operation(FileView view) => Render(OperationTemplate.Value, view);

    public static string Client(FileView view) => Render(ClientTemplate.Value, view);

    private static string Render(Template template, FileView view)
    {
        var globals = new ScriptObject();
        globals.Import(view);
        globals.Import("lines", new Func<IEnumerable<string>, int, string>(Lines));
        // Spec text placed by a template goes through one of these: a C# string literal, XML in a doc comment, or one
        // line of a line comment (see CommentText).
        globals.Import("literal", new Func<string, string>(TypeExpressions.Literal));
        globals.Import("xml", new Func<string, string>(text => CommentText.Xml(CommentText.OneLine(text))));
        globals.Import("one_line", new Func<string, string>(CommentText.OneLine));
        // LoopLimit 0: the default (1000) breaks on specs with many types or members.
        var context = new TemplateContext { LoopLimit = 0, StrictVariables = true };
        context.PushGlobal(globals);
        return template.Render(context).Replace("\r\n", "\n");
    }

    /// <summary>Lays out pre-built code lines at an indentation level (4 spaces each); blank lines stay blank.</summary>
    private static string Lines(IEnumerable<string> lines, int level)
    {
        var indent = new string(' ', level * 4);
        return string.Join("\n", lines.Select(l => l.Length == 0 ? "" : indent + l));
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
