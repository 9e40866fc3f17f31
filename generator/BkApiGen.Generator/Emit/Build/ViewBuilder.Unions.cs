using System.Collections.Generic;
using System.Linq;
using BkApiGen.Generator.Models;

namespace BkApiGen.Generator.Emit;

internal sealed partial class ViewBuilder
{
    /// <summary>A union (an abstract record), how its converter picks a case, and its unknown case.</summary>
    private TypeView UnionView(UnionSpec spec)
    {
        var view = NewView(TypeViewKind.Union, spec);
        view.Discriminator = PropertyView(spec.Discriminator);
        view.UnknownName = spec.UnknownName;
        view.Properties.AddRange(spec.Properties.Where(p => p.JsonName != spec.Discriminator.JsonName).Select(PropertyView));
        var read = new UnionReadView
        {
            IsStringDiscriminator = spec.Discriminator.Type.Kind is TypeKind.String or TypeKind.StringEnum,
            // A response need not tell the kind (bk-job leaves log_type out for a step that is neither script nor file): the
            // object is kept, as an unknown case without a discriminator value, unless the spec guarantees the member.
            AllowsMissingDiscriminator = MemberRules.IsCSharpNullable(spec.Discriminator),
            UnknownDiscriminator = spec.Discriminator.Type.Kind switch
            {
                TypeKind.Enum => $"({_x.Qualify(spec.Discriminator.Type)})discriminator",
                TypeKind.Int32 => "(int)discriminator",
                TypeKind.StringEnum => $"new {_x.Qualify(spec.Discriminator.Type)}(discriminator!)",
                TypeKind.String => "discriminator!",
                _ => "discriminator",
            },
        };
        read.GuessTests.AddRange(GuessTests(spec));
        read.HasGuess = read.GuessTests.Count > 0;
        for (var i = 0; i < spec.Cases.Count; i++)
        {
            var c = spec.Cases[i];
            read.Cases.Add(new UnionCaseView
            {
                Name = c.CaseName,
                FullName = _x.Qualify(c.CaseName),
                Converter = _x.Converter(c.CaseName),
                Value = c.Value,
                Number = i + 1,
                IsGuessable = read.GuessTests.Any(t => t.CaseNumber == i + 1),
            });
        }

        view.Union = read;
        view.Unknown = UnknownView(spec);
        return view;
    }

    /// <summary>
    /// The members that tell a case before its discriminator is met (see <c>BkUnion</c>): each member (or alias) only one case
    /// has, with that case's 1-based number.
    /// </summary>
    private IEnumerable<GuessTestView> GuessTests(UnionSpec spec)
    {
        var common = new HashSet<string>(spec.Properties.Select(p => p.JsonName));
        var caseNames = spec.Cases.Select(c => _types.TryGetValue(c.CaseName, out var t) && t is ObjectSpec o
            ? o.Properties.Where(p => !common.Contains(p.JsonName)).SelectMany(p => new[] { p.JsonName }.Concat(p.Aliases)).ToList()
            : new List<string>()).ToList();
        for (var i = 0; i < caseNames.Count; i++)
        {
            foreach (var name in caseNames[i].Where(n => n != spec.Discriminator.JsonName && caseNames.Where((_, j) => j != i).All(other => !other.Contains(n))).Distinct())
            {
                yield return new GuessTestView { JsonName = name, CaseNumber = i + 1 };
            }
        }
    }

    private TypeView UnknownView(UnionSpec spec)
    {
        var view = new TypeView
        {
            Kind = TypeViewKind.Unknown,
            Name = spec.UnknownName,
            FullName = _x.Qualify(spec.UnknownName),
            JsonName = spec.JsonName,
            BaseType = _x.Qualify(spec.Name),
            Doc = Doc($"A <see cref=\"{spec.Name}\"/> whose <c>{Inline(spec.Discriminator.JsonName)}</c> this client does not know (e.g. from a newer server)"
                + (MemberRules.IsCSharpNullable(spec.Discriminator) ? $", or that has none (<see cref=\"{spec.Discriminator.Name}\"/> is null). " : ". ")
                + "The members common to every case are read; the whole object is kept in <see cref=\"Raw\"/>, and it is what serialization writes back "
                + "(so a copy made with <c>with</c> serializes as the original)."),
            Discriminator = PropertyView(spec.Discriminator),
            ConverterName = spec.Name + "JsonConverter",
        };
        // The union's converter writes an unknown case back as its raw JSON: no Write of its own.
        view.Read = ObjectRead(spec.JsonName, spec.Properties.Where(p => p.JsonName != spec.Discriminator.JsonName).ToList(), null, null);
        return view;
    }
}
