// What an assembly is made of, for build-cost.sh: file size, the IL of its method bodies, its metadata, its types and
// methods. A .NET file-based app (`dotnet run il-size.cs -- ASSEMBLY.dll`); it reads the file with
// System.Reflection.Metadata and prints one line of key=value pairs.
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run il-size.cs -- ASSEMBLY.dll");
    return 2;
}

using var stream = File.OpenRead(args[0]);
using var pe = new PEReader(stream);
var metadata = pe.GetMetadataReader();
long ilBytes = 0, bodyBytes = 0;
var bodies = 0;
foreach (var handle in metadata.MethodDefinitions)
{
    var method = metadata.GetMethodDefinition(handle);
    if (method.RelativeVirtualAddress == 0)
    {
        continue; // abstract, extern or interface methods have no body
    }

    var body = pe.GetMethodBody(method.RelativeVirtualAddress);
    ilBytes += body.GetILBytes()?.Length ?? 0; // the instructions alone
    bodyBytes += body.Size; // with the body header and exception clauses
    bodies++;
}

Console.WriteLine(
    $"file={stream.Length} il={ilBytes} bodies={bodyBytes} metadata={pe.PEHeaders.MetadataSize} "
    + $"types={metadata.TypeDefinitions.Count} methods={metadata.MethodDefinitions.Count} methods_with_body={bodies}");
return 0;
