using System.Linq;
using System.Text;

namespace BkApiGen.SpecFormat;

/// <summary>
/// How the spec format turns wire names (<c>batch_get_job_instance_ip_log</c>, <c>jobv3</c>) into C# names. One source file
/// compiled into both the generator and <c>bkapigen</c>, so that the importer's shared-definition names are the ones the
/// generator declares.
/// </summary>
internal static class WireNames
{
    /// <summary><c>batch_get_job_instance_ip_log</c> → <c>BatchGetJobInstanceIpLog</c>; a trailing version (<c>jobv3</c>) → <c>JobV3</c>.</summary>
    public static string Pascal(string wireName)
    {
        var builder = new StringBuilder(wireName.Length);
        var upperNext = true;
        for (var i = 0; i < wireName.Length; i++)
        {
            var c = wireName[i];
            if (!char.IsLetterOrDigit(c))
            {
                upperNext = true;
                continue;
            }

            // "jobv3" → "JobV3": a 'v' that starts a trailing version number is a word boundary.
            var startsVersion = c == 'v' && i > 0 && char.IsLetter(wireName[i - 1]) && i + 1 < wireName.Length && wireName.Skip(i + 1).All(char.IsDigit);
            builder.Append(upperNext || startsVersion ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        return builder.ToString();
    }
}
