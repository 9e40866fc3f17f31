using System.Runtime.CompilerServices;

namespace BkApiGen.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot files with Verify's conventions: the expected text lives in <c>Snapshots/{Name}.verified.cs</c> next to
/// the tests and is reviewed like code. On a mismatch the actual text is written to <c>{Name}.received.cs</c> and the
/// test fails; run with <c>ACCEPT_SNAPSHOTS=1</c> to accept (the received text becomes the verified one).
/// </summary>
internal static class Snapshot
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n");
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, actual);
        var firstDifference = expected is null ? 0 : FirstDifferentLine(expected, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {verified} yet. Review {received}, then accept with ACCEPT_SNAPSHOTS=1."
            : $"Generated code differs from {verified} at line {firstDifference}. Review {received}; accept with ACCEPT_SNAPSHOTS=1.");
    }

    private static int FirstDifferentLine(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return i + 1;
            }
        }

        return Math.Min(a.Length, b.Length) + 1;
    }
}
