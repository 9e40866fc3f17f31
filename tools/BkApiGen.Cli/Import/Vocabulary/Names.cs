using System.Globalization;
using System.Text;

namespace BkApiGen.Cli.Import;

/// <summary>C# names for enum members and types, from English labels or, for Chinese labels, a small glossary.</summary>
internal static class Names
{
    /// <summary>Terms found in BlueKing enum labels, longest first when segmenting. Unknown text gives no name.</summary>
    private static readonly Dictionary<string, string> Glossary = new(StringComparer.Ordinal)
    {
        ["脚本执行任务日志"] = "ScriptExecutionTaskLog", ["文件分发任务日志"] = "FileDistributionTaskLog",
        ["正在执行"] = "Running", ["执行中"] = "Running", ["未执行"] = "NotStarted", ["执行成功"] = "Succeeded", ["执行失败"] = "Failed",
        ["等待执行"] = "Waiting", ["等待开始"] = "Waiting", ["等待用户"] = "WaitingForUser", ["等待确认"] = "WaitingForConfirmation",
        ["上传中"] = "Uploading", ["下载中"] = "Downloading", ["终止中"] = "Terminating", ["强制终止中"] = "ForceTerminating",
        ["强制终止成功"] = "ForceTerminateSucceeded", ["强制终止失败"] = "ForceTerminateFailed", ["强制终止"] = "ForceTerminated",
        ["确认终止"] = "ConfirmTerminated", ["手动结束"] = "ManuallyEnded", ["忽略错误"] = "IgnoreError", ["状态异常"] = "StateAbnormal",
        ["滚动等待"] = "RollingWaiting", ["被丢弃"] = "Discarded", ["跳过"] = "Skipped", ["上次已成功"] = "LastSucceeded",
        ["已完成"] = "Completed", ["返回码非零"] = "NonZeroExitCode", ["超出限制"] = "ExceedsLimit", ["不存在"] = "NotFound",
        ["未安装"] = "NotInstalled", ["被终止"] = "Terminated", ["人工确认"] = "ManualConfirmation", ["执行对象"] = "ExecuteObject",
        ["第三方"] = "ThirdParty", ["服务器"] = "Server", ["用户名"] = "Username", ["业务集"] = "BusinessSet", ["源文件"] = "SourceFile",
        ["脚本"] = "Script", ["执行"] = "Execution", ["任务"] = "Task", ["日志"] = "Log", ["文件"] = "File", ["分发"] = "Distribution",
        ["上传"] = "Upload", ["下载"] = "Download", ["成功"] = "Success", ["失败"] = "Failed", ["等待"] = "Waiting", ["开始"] = "Start",
        ["步骤"] = "Step", ["未知"] = "Unknown", ["错误"] = "Error", ["无效"] = "Invalid", ["超时"] = "Timeout", ["异常"] = "Abnormal",
        ["传输"] = "Transfer", ["系统"] = "System", ["用户"] = "User", ["密码"] = "Password", ["获取"] = "Fetch", ["出错"] = "Error",
        ["状态"] = "Status", ["其他"] = "Other", ["类型"] = "Type", ["启动"] = "Start", ["暂停"] = "Pause", ["页面"] = "Web",
        ["调用"] = "Call", ["定时"] = "Scheduled", ["作业"] = "Job", ["源"] = "Source", ["本地"] = "Local", ["引用"] = "Referenced",
        ["公共"] = "Public", ["严谨"] = "Strict", ["强制"] = "Force", ["模式"] = "Mode", ["是"] = "Yes", ["不是"] = "No", ["否"] = "No",
        ["下发"] = "Dispatch", ["业务"] = "Business", ["终止"] = "Terminate", ["确认"] = "Confirm", ["结束"] = "End", ["主机"] = "Host",
        ["删除"] = "Delete", ["创建"] = "Create", ["更新"] = "Update", ["查询"] = "Query", ["停止"] = "Stop", ["运行"] = "Running",
        ["普通"] = "Normal", ["默认"] = "Default", ["字符串"] = "String", ["密文"] = "Ciphertext", ["数组"] = "Array", ["命名空间"] = "Namespace",
        ["关联数组"] = "AssociativeArray", ["索引数组"] = "IndexArray", ["重试"] = "Retry", ["回滚"] = "Rollback", ["的"] = "",
    };

    private static readonly int LongestTerm = Glossary.Keys.Max(k => k.Length);

    /// <summary><c>bk_host_id</c> → <c>host_id</c>: BlueKing docs name one field with and without the prefix.</summary>
    public static string StripBk(string name) => name.StartsWith("bk_", StringComparison.Ordinal) && name.Length > 3 ? name[3..] : name;

    /// <summary><c>file_task_log</c> → <c>FileTaskLog</c>.</summary>
    public static string Pascal(string name)
    {
        var builder = new StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    /// <summary><c>ScriptExecutionTaskLog</c> → <c>script_execution_task_log</c>.</summary>
    public static string Snake(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>A member name for an enum label, or null when the label cannot be turned into one.</summary>
    public static string? FromLabel(string label)
    {
        var text = StripParentheses(label).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var words = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
                {
                    i++;
                }

                var word = text[start..i];
                words.Append(word.All(char.IsUpper) && word.Length > 1 ? word[0] + word[1..].ToLowerInvariant() : char.ToUpperInvariant(word[0]) + word[1..]);
                continue;
            }

            if (c < 128 || char.IsWhiteSpace(c) || char.IsPunctuation(c))
            {
                i++;
                continue;
            }

            var matched = false;
            for (var length = Math.Min(LongestTerm, text.Length - i); length > 0; length--)
            {
                if (Glossary.TryGetValue(text.Substring(i, length), out var english))
                {
                    words.Append(english);
                    i += length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                return null;
            }
        }

        var name = words.ToString();
        if (name.Length == 0)
        {
            return null;
        }

        return char.IsAsciiDigit(name[0]) ? "Value" + name : name;
    }

    /// <summary>Names for all items: from the labels where possible, <c>Value1</c> otherwise; always unique and valid.</summary>
    public static List<string> EnumMembers(IReadOnlyList<EnumItem> items, IReadOnlyList<string?>? englishLabels, bool isString, string typeName, out bool guessed)
    {
        guessed = false;
        var names = new List<string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            string? name = null;
            if (isString)
            {
                name = Pascal(item.Value);
            }

            if (name is null && englishLabels is not null && i < englishLabels.Count && englishLabels[i] is { } english)
            {
                name = FromLabel(english);
            }

            if (name is null)
            {
                name = FromLabel(item.Label);
                if (name is not null && item.Label.Any(c => c > 127))
                {
                    guessed = true;
                }
            }

            if (name is null || name.Length == 0)
            {
                guessed = true;
                name = "Value" + item.Value.Replace("-", "Minus", StringComparison.Ordinal);
            }

            if (name.Length > 48)
            {
                name = name[..48];
            }

            if (!used.Add(name) || name == typeName)
            {
                name += item.Value.Replace("-", "Minus", StringComparison.Ordinal);
                if (!used.Add(name))
                {
                    name = "Value" + item.Value.Replace("-", "Minus", StringComparison.Ordinal) + "_" + i.ToString(CultureInfo.InvariantCulture);
                    used.Add(name);
                }
            }

            names.Add(name);
        }

        return names;
    }

    private static string StripParentheses(string text)
    {
        var builder = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '（')
            {
                depth++;
            }
            else if (c is ')' or '）')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
