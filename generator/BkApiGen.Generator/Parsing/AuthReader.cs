using System.Linq;
using BkApiGen.Generator.Diagnostics;
using BkApiGen.Generator.Models;
using BkApiGen.SpecFormat;
using Newtonsoft.Json.Linq;

namespace BkApiGen.Generator.Parsing;

/// <summary>
/// Reads <c>x-bkapi.auth</c>: <c>{"app": true, "user": true}</c>, what the API gateway verifies for the operation (its
/// resource's <c>authConfig</c>). Absent, or a member left out, means the spec does not know: nothing is refused for it.
/// </summary>
internal static class AuthReader
{
    private static readonly string[] Members = { SpecAuth.App, SpecAuth.User };

    public static VerifiedIdentity Read(JObject api, DiagnosticBag diagnostics)
    {
        if (api[SpecAuth.Key] is not { } token)
        {
            return VerifiedIdentity.None;
        }

        if (token is not JObject auth)
        {
            diagnostics.Add(DiagnosticDescriptors.AuthNotObject, token);
            return VerifiedIdentity.None;
        }

        foreach (var member in auth.Properties().Where(p => !Members.Contains(p.Name)))
        {
            diagnostics.Add(DiagnosticDescriptors.UnknownAuthMember, member.Value, member.Name);
        }

        return (IsTrue(auth, SpecAuth.App, diagnostics) ? VerifiedIdentity.App : VerifiedIdentity.None)
            | (IsTrue(auth, SpecAuth.User, diagnostics) ? VerifiedIdentity.User : VerifiedIdentity.None);
    }

    private static bool IsTrue(JObject auth, string member, DiagnosticBag diagnostics)
    {
        if (auth[member] is not { } value)
        {
            return false;
        }

        if (value.Type != JTokenType.Boolean)
        {
            diagnostics.Add(DiagnosticDescriptors.AuthMemberNotBoolean, value, member);
            return false;
        }

        return (bool)value;
    }
}
