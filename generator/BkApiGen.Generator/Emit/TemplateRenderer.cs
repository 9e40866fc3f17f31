using System;
using System.IO;
using System.Text;
using Scriban;
using Scriban.Runtime;

namespace BkApiGen.Generator.Emit;

/// <summary>
/// Renders the embedded Scriban templates. Each template is parsed once per compiler process (parsing costs far more
/// than rendering), never per build step. A spec's Models, Json and Operation (or Callback) parts are rendered into one file
/// (<see cref="SpecFile"/>): the compiler's driver checks each generated file's name against every other on every run,
/// whatever changed, so the number of files, not only their text, is paid by every edit of a large project.
/// </summary>
internal static class TemplateRenderer
{
    private static readonly Lazy<Template> SharedTemplate = new(() => Load("Shared.sbncs"));
    private static readonly Lazy<Template> SpecFileTemplate = new(() => Load("SpecFile.sbncs"));
    private static readonly Lazy<Template> ModelsTemplate = new(() => Load("Models.sbncs"));
    private static readonly Lazy<Template> JsonTemplate = new(() => Load("Json.sbncs"));
    private static readonly Lazy<Template> OperationTemplate = new(() => Load("Operation.sbncs"));
    private static readonly Lazy<Template> ClientTemplate = new(() => Load("Client.sbncs"));
    private static readonly Lazy<Template> CallbackTemplate = new(() => Load("Callback.sbncs"));

    /// <summary>
    /// One spec's file: the header, then in one namespace its types, their JSON metadata, and its method on the client (an
    /// operation) or its payload's <c>Parse</c> (a callback), one blank line apart.
    /// </summary>
    public static string SpecFile(FileView view)
    {
        // One context for the parts: the globals and the shared functions are set up once per file, not once per part.
        var context = CreateContext(view);
        var text = new StringBuilder();
        text.Append(SpecFileTemplate.Value.Render(context));
        text.Append(ModelsTemplate.Value.Render(context)).Append('\n');
        text.Append(JsonTemplate.Value.Render(context));
        if (view.Operation is not null)
        {
            text.Append('\n').Append(OperationTemplate.Value.Render(context));
        }

        if (view.Callback is not null)
        {
            text.Append('\n').Append(CallbackTemplate.Value.Render(context));
        }

        return text.Append("}\n").Replace("\r\n", "\n").ToString();
    }

    public static string Client(FileView view) => Render(ClientTemplate.Value, view);

    internal static string Render(Template template, FileView view)
        => template.Render(CreateContext(view)).Replace("\r\n", "\n");

    private static TemplateContext CreateContext(FileView view)
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
        return context;
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
