namespace BkApiGen.Cli.Import.Sets;

/// <summary>
/// Type names of the namespaces a .NET project imports by default (ImplicitUsings: System, System.Collections.Generic,
/// System.IO, System.Linq, System.Net.Http, System.Threading, System.Threading.Tasks). A generated type of one of these
/// names makes every <c>Action</c> or <c>Task</c> in a file that also imports the client's namespace ambiguous (CS0104),
/// so the set import qualifies it with the system: <c>action</c> → <c>JobV3Action</c>.
/// </summary>
internal static class ImplicitUsingNames
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "Action", "Activator", "AppDomain", "Array", "Attribute", "Boolean", "Buffer", "Byte", "Char", "Comparer", "Console",
        "Convert", "DateTime", "DateTimeOffset", "Decimal", "Delegate", "Dictionary", "Directory", "Double", "Enum",
        "Enumerable", "Environment", "EventArgs", "EventHandler", "Exception", "File", "Func", "GC", "Guid", "Half",
        "HashSet", "HttpClient", "HttpMethod", "Index", "Int16", "Int32", "Int64", "Lazy", "List", "Math", "Monitor",
        "Nullable", "Object", "Parallel", "Path", "Predicate", "Progress", "Queue", "Random", "Range", "Single", "Stack",
        "Stream", "String", "Task", "Thread", "TimeSpan", "TimeZoneInfo", "Timer", "Tuple", "Type", "UInt16", "UInt32",
        "UInt64", "Uri", "ValueTask", "ValueTuple", "Version", "Volatile",
        // System.IO, System.Threading(.Tasks), System.Net.Http and System.Collections.Generic hold more than the above.
        "FileInfo", "DirectoryInfo", "FileMode", "FileAccess", "FileShare", "FileStream", "MemoryStream", "StreamReader",
        "StreamWriter", "TextReader", "TextWriter", "IOException", "SearchOption", "DriveInfo", "Interlocked", "Mutex",
        "Semaphore", "SemaphoreSlim", "CancellationToken", "TaskStatus", "TaskScheduler", "HttpContent",
        "HttpRequestMessage", "HttpResponseMessage", "KeyValuePair", "LinkedList", "SortedDictionary", "SortedList", "SortedSet",
    };

    public static bool Contains(string typeName) => Names.Contains(typeName);
}
