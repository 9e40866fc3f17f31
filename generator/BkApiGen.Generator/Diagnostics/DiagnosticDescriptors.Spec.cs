using Microsoft.CodeAnalysis;

namespace BkApiGen.Generator.Diagnostics;

// The spec file as a whole and its x-bkapi header (BKGEN0001, BKGEN0002 and BKGEN02cc, BKGEN0013, BKGEN0099).
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor InvalidJson = Error("BKGEN0001", "Spec is not valid JSON", "The spec is not valid JSON: {0}");

    public static readonly DiagnosticDescriptor MissingHeader = Error(
        "BKGEN0002",
        "Spec has no x-bkapi object",
        "The spec has no 'x-bkapi' object: it must give system, operation, method, a path (gatewayPath and/or esbPath), request and response.");

    public static readonly DiagnosticDescriptor SpecNotAnObject = Error("BKGEN0201", "Spec is not a JSON object", "The spec must be a JSON object with 'x-bkapi' and 'definitions'.");

    public static readonly DiagnosticDescriptor MissingHeaderKey = Error("BKGEN0202", "x-bkapi key missing", "'x-bkapi' is missing '{0}'.");

    public static readonly DiagnosticDescriptor HeaderValueNotString = Error("BKGEN0203", "x-bkapi value is not a string", "'x-bkapi.{0}' must be a non-empty string.");

    public static readonly DiagnosticDescriptor InvalidSystemName = Error(
        "BKGEN0204",
        "Invalid system name",
        "'x-bkapi.system' must be a BlueKing system or gateway name (letters, digits, '_' and '-', e.g. 'jobv3' or 'bk-cmdb'), was '{0}'.");

    public static readonly DiagnosticDescriptor InvalidOperationName = Error(
        "BKGEN0205",
        "Invalid operation name",
        "'x-bkapi.{0}' must be a BlueKing operation name (letters, digits and '_'), was '{1}'.");

    public static readonly DiagnosticDescriptor InvalidRole = Error(
        "BKGEN0206",
        "Invalid role",
        "'x-bkapi.role' must be \"definitions\" (a shared definitions file), \"callback\" (a payload the system sends to the caller) or absent (an operation).");

    public static readonly DiagnosticDescriptor OperationKeyInDefinitionsFile = Error(
        "BKGEN0207",
        "Definitions file describes an operation",
        "A definitions file describes no operation: remove 'x-bkapi.{0}'.");

    public static readonly DiagnosticDescriptor MissingPath = Error(
        "BKGEN0208",
        "Operation has no path",
        "'x-bkapi' needs a path: 'gatewayPath' (API gateway) and/or 'esbPath' (legacy ESB).");

    public static readonly DiagnosticDescriptor RelativePath = Error("BKGEN0209", "Path does not start with /", "'x-bkapi.{0}' must start with '/', was '{1}'.");

    public static readonly DiagnosticDescriptor InvalidIdempotent = Error("BKGEN0210", "idempotent is not a boolean", "'x-bkapi.idempotent' must be true or false.");

    public static readonly DiagnosticDescriptor UnknownProtocol = Error(
        "BKGEN0211",
        "Unknown protocol",
        "'x-bkapi.protocol' must be \"v3\" (the BlueKing envelope, the default) or \"v4\" (bk-job v4: {{\"data\"}} / {{\"error\"}} bodies with HTTP status codes), was '{0}'.");

    public static readonly DiagnosticDescriptor BodyNotReference = Error(
        "BKGEN0212",
        "Request or response is not a $ref",
        "'x-bkapi.{0}' must be {{\"$ref\": \"#/definitions/...\"}}.");

    public static readonly DiagnosticDescriptor RequestNotObject = Error("BKGEN0213", "Request is not an object", "The request '{0}' must be an object definition.");

    public static readonly DiagnosticDescriptor ResponseIsUnionCase = Error("BKGEN0214", "Response is a union case", "The response '{0}' is a case of the union '{1}': reference the union, whose discriminator picks the case.");

    public static readonly DiagnosticDescriptor AuthNotObject = Error(
        "BKGEN0215",
        "auth is not an object",
        "'x-bkapi.auth' must be an object of booleans, app and user (what the API gateway verifies for the operation), or absent when the spec does not know.");

    public static readonly DiagnosticDescriptor AuthMemberNotBoolean = Error("BKGEN0216", "auth member is not a boolean", "'x-bkapi.auth.{0}' must be true or false.");

    public static readonly DiagnosticDescriptor UnknownAuthMember = Error(
        "BKGEN0217",
        "Unknown auth member",
        "'x-bkapi.auth.{0}' is not a known member: use app (the gateway verifies the application) and user (the gateway verifies the user).");

    public static readonly DiagnosticDescriptor OperationKeyInCallback = Error(
        "BKGEN0218",
        "Callback spec describes an operation",
        "A callback spec describes the body the system sends to the caller's callback_url, not an operation to call: remove 'x-bkapi.{0}'.");

    public static readonly DiagnosticDescriptor CallbackKeyOutsideCallback = Error(
        "BKGEN0219",
        "Callback key outside a callback spec",
        "'x-bkapi.{0}' belongs to a callback spec: add \"role\": \"callback\" (and remove the operation keys), or remove it.");

    public static readonly DiagnosticDescriptor PayloadNotObject = Error(
        "BKGEN0220",
        "Callback payload is not an object",
        "The callback payload '{0}' must be an object or a union definition (not a case of a union).");

    public static readonly DiagnosticDescriptor UnsupportedLanguageVersion = Error(
        "BKGEN0013",
        "C# version too old",
        "The generated clients need C# 12 or later, and this project compiles as C# {0}: remove <LangVersion> (a .NET 10 project defaults to C# 14) or set it to 12 or later. Nothing was generated.");

    public static readonly DiagnosticDescriptor UnreadableSpec = Error("BKGEN0099", "Spec could not be read", "The spec could not be read: {0}: {1}");

    public static readonly DiagnosticDescriptor UnreadableSchema = Error("BKGEN9901", "JSON Schema could not be read", "The spec's JSON Schema could not be read: {0}");
}
