    // The spec's types.
    /// <summary>请求参数 / Request body. Identify the business by bk_scope_type + bk_scope_id (or the deprecated bk_biz_id), and the hosts by host_id_list or ip_list.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record BatchGetJobInstanceIpLogRequest
    {
        /// <summary>资源范围类型。可选值: biz - 业务，biz_set - 业务集 / Resource scope type: biz (business) or biz_set (business set).</summary>
        [Stj::Serialization.JsonPropertyName("bk_scope_type")]
        public ScopeType? ScopeType { get; init; }

        /// <summary>资源范围ID, 与bk_scope_type对应, 表示业务ID或者业务集ID / Resource scope ID: the business or business-set ID, as bk_scope_type says.</summary>
        [Stj::Serialization.JsonPropertyName("bk_scope_id")]
        public string? ScopeId { get; init; }

        /// <summary>业务ID。已弃用, 由 bk_scope_type + bk_scope_id 替换 / Business ID. Deprecated: use bk_scope_type + bk_scope_id.</summary>
        [Stj::Serialization.JsonPropertyName("bk_biz_id")]
        public long? BizId { get; init; }

        /// <summary>作业实例ID / Job instance ID.</summary>
        [Stj::Serialization.JsonPropertyName("job_instance_id")]
        public required long JobInstanceId { get; init; }

        /// <summary>步骤实例ID / Step instance ID.</summary>
        [Stj::Serialization.JsonPropertyName("step_instance_id")]
        public required long StepInstanceId { get; init; }

        /// <summary>主机ID列表 / Host ID list (at most 500). Preferred over ip_list; when both are given the server ignores ip_list.</summary>
        [Stj::Serialization.JsonPropertyName("host_id_list")]
        public Scg::IReadOnlyList<long>? HostIdList { get; init; }

        /// <summary>源/目标主机IP列表, 定义见ip / Source and target host IP list (at most 500). Not recommended: use host_id_list.</summary>
        [Stj::Serialization.JsonPropertyName("ip_list")]
        public Scg::IReadOnlyList<Host>? IpList { get; init; }

        /// <summary>
        /// Checks the rules of the spec (ranges, sizes, formats, required combinations) and throws
        /// <see cref="Bk::Errors.BkApiValidationException"/> listing every problem. The client calls it before sending.
        /// </summary>
        public void Validate()
            => Bk::Validation.BkValidator.Check(this, "batch_get_job_instance_ip_log_request", static (request, validator, path) => request.Validate(validator, path));

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.Listed(ScopeType, ScopeTypeJsonConverter.IsListed(ScopeType), ScopeTypeJsonConverter.ListedValues, path, "bk_scope_type")) return false;
            if (!validator.Length(ScopeId, 1, null, path, "bk_scope_id")) return false;
            if (!validator.Range(BizId, 1, null, path, "bk_biz_id")) return false;
            if (!validator.Range(JobInstanceId, 1, null, path, "job_instance_id")) return false;
            if (!validator.Range(StepInstanceId, 1, null, path, "step_instance_id")) return false;
            if (HostIdList is { } hostIdListValue)
            {
                if (!validator.Count(hostIdListValue.Count, null, 500, path, "host_id_list")) return false;
                for (var i = 0; i < hostIdListValue.Count; i++)
                {
                    if (!validator.Range(hostIdListValue[i], 1, null, path, "host_id_list", i)) return false;
                }
            }

            if (IpList is { } ipListValue)
            {
                if (!validator.Count(ipListValue.Count, null, 500, path, "ip_list")) return false;
                for (var i = 0; i < ipListValue.Count; i++)
                {
                    if (!validator.NotNullItem(ipListValue[i], path, "ip_list", i)) return false;
                    if (ipListValue[i]?.Validate(validator, validator.PathOf(path, "ip_list", i)) == false) return false;
                }
            }

            if (!validator.AnyOf(path, (ScopeType is not null && ScopeId is not null) || (BizId is not null), "bk_scope_type + bk_scope_id, or bk_biz_id")) return false;
            if (!validator.AnyOf(path, (HostIdList is { Count: > 0 }) || (IpList is { Count: > 0 }), "host_id_list, or ip_list")) return false;
            if (!validator.Dependency(path, "bk_scope_type", ScopeType is not null, "bk_scope_id", ScopeId is not null)) return false;
            if (!validator.Dependency(path, "bk_scope_id", ScopeId is not null, "bk_scope_type", ScopeType is not null)) return false;
            return true;
        }
    }

    /// <summary>作业步骤的主机日志 / The logs of the requested hosts for one job step: script logs or file logs, as log_type says. No member is x-never-null. bk-job (EsbIpLogsV3DTO, filled by its batch_get_job_instance_ip_log resource) always sets only job_instance_id and step_instance_id, and those from the request: marking them would fail a whole response over a value the caller already has. log_type is left out for a step that is neither script nor file (the object is then UnknownIpLogs with a null LogType); a host's bk_cloud_id and ip are set only when it has an IPv4 address (IPv6-only hosts, hosts asked for by host_id_list); a file log's src_ip only when the source is a host, not a third-party file source; and any member of these Java beans may be null. The required lists of the response types record what the doc's tables say; they do not change the C# code.</summary>
    /// <remarks>
    /// One sealed record per <c>log_type</c> value, and <see cref="UnknownIpLogs"/> for values this client does not know:
    /// switch over the cases.
    /// </remarks>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public abstract partial record IpLogs
    {
        private protected IpLogs() { }

        /// <summary>日志类型 / Log type.</summary>
        [Stj::Serialization.JsonPropertyName("log_type")]
        public abstract LogType? LogType { get; }

        /// <summary>作业实例ID / Job instance ID. Older servers and the seed doc's example call it task_instance_id.</summary>
        [Stj::Serialization.JsonPropertyName("job_instance_id")]
        public long? JobInstanceId { get; init; }

        /// <summary>作业步骤实例ID / Step instance ID.</summary>
        [Stj::Serialization.JsonPropertyName("step_instance_id")]
        public long? StepInstanceId { get; init; }
    }

    /// <summary>A <see cref="IpLogs"/> whose <c>log_type</c> this client does not know (e.g. from a newer server), or that has none (<see cref="LogType"/> is null). The members common to every case are read; the whole object is kept in <see cref="Raw"/>, and it is what serialization writes back (so a copy made with <c>with</c> serializes as the original).</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record UnknownIpLogs : global::Consumer.JobV3.IpLogs
    {
        /// <summary>Creates the unknown case from its discriminator value and the object as received.</summary>
        public UnknownIpLogs(LogType? discriminator, Stj::JsonElement raw)
        {
            LogType = discriminator;
            Raw = raw;
        }

        /// <inheritdoc />
        public override LogType? LogType { get; }

        /// <summary>The whole object as received, for members this client does not know.</summary>
        public Stj::JsonElement Raw { get; }
    }

    /// <summary>脚本执行步骤的日志 / Logs of a script execution step (log_type 1).</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record ScriptIpLogs : IpLogs
    {
        /// <inheritdoc />
        public override LogType? LogType => global::Consumer.JobV3.LogType.Script;

        /// <summary>脚本执行任务日志, 定义见script_task_log / Script logs, one per host.</summary>
        [Stj::Serialization.JsonPropertyName("script_task_logs")]
        public Scg::IReadOnlyList<ScriptTaskLog> ScriptTaskLogs { get; init; } = [];
    }

    /// <summary>文件分发步骤的日志 / Logs of a file distribution step (log_type 2).</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record FileIpLogs : IpLogs
    {
        /// <inheritdoc />
        public override LogType? LogType => global::Consumer.JobV3.LogType.File;

        /// <summary>文件分发任务日志, 定义见file_task_log / File distribution logs, one per host.</summary>
        [Stj::Serialization.JsonPropertyName("file_task_logs")]
        public Scg::IReadOnlyList<FileTaskLog> FileTaskLogs { get; init; } = [];
    }

    /// <summary>一台主机的脚本执行日志 / The script log of one host.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record ScriptTaskLog
    {
        /// <summary>主机ID / Host ID.</summary>
        [Stj::Serialization.JsonPropertyName("bk_host_id")]
        public long? HostId { get; init; }

        /// <summary>管控区域(云区域)ID / BK-Net (cloud area) ID.</summary>
        [Stj::Serialization.JsonPropertyName("bk_cloud_id")]
        public long? CloudId { get; init; }

        /// <summary>目标IP地址 / Target IP address.</summary>
        [Stj::Serialization.JsonPropertyName("ip")]
        public string? Ip { get; init; }

        /// <summary>目标IPv6地址 / Target IPv6 address.</summary>
        [Stj::Serialization.JsonPropertyName("ipv6")]
        public string? IpV6 { get; init; }

        /// <summary>脚本执行日志内容 / Script output.</summary>
        [Stj::Serialization.JsonPropertyName("log_content")]
        public string? LogContent { get; init; }
    }

    /// <summary>一台主机的文件分发日志 / The file distribution logs of one host.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record FileTaskLog
    {
        /// <summary>主机ID / Host ID.</summary>
        [Stj::Serialization.JsonPropertyName("bk_host_id")]
        public long? HostId { get; init; }

        /// <summary>管控区域(云区域)ID / BK-Net (cloud area) ID.</summary>
        [Stj::Serialization.JsonPropertyName("bk_cloud_id")]
        public long? CloudId { get; init; }

        /// <summary>源/目标IP地址 / Source or target IP address.</summary>
        [Stj::Serialization.JsonPropertyName("ip")]
        public string? Ip { get; init; }

        /// <summary>文件分发日志内容, 定义见file_log / One entry per file transferred.</summary>
        [Stj::Serialization.JsonPropertyName("file_logs")]
        public Scg::IReadOnlyList<FileLog> FileLogs { get; init; } = [];
    }
