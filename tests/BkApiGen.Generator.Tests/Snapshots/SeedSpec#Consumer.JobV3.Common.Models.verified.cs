    // The spec's types.
    /// <summary>资源范围类型。可选值: biz - 业务，biz_set - 业务集 / Resource scope type: biz (business) or biz_set (business set).</summary>
    /// <remarks>Values this client does not know are kept as they are: compare with the static members.</remarks>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public readonly partial record struct ScopeType(string Value)
    {
        /// <summary>业务 / A business.</summary>
        public static ScopeType Biz => new("biz");

        /// <summary>业务集 / A business set.</summary>
        public static ScopeType BizSet => new("biz_set");

        /// <summary>The value as sent on the wire.</summary>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>主机IP / A host: its BK-Net (cloud area) and IP address, and its host ID when the server knows it.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record Host
    {
        /// <summary>主机ID / Host ID.</summary>
        [Stj::Serialization.JsonPropertyName("bk_host_id")]
        public long? HostId { get; init; }

        /// <summary>管控区域(云区域)ID / BK-Net (cloud area) ID.</summary>
        [Stj::Serialization.JsonPropertyName("bk_cloud_id")]
        public required long? CloudId { get; init; }

        /// <summary>IP地址 / IP address.</summary>
        [Stj::Serialization.JsonPropertyName("ip")]
        public required string? Ip { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.NotNull(CloudId, path, "bk_cloud_id")) return false;
            if (!validator.Range(CloudId, 0, null, path, "bk_cloud_id")) return false;
            if (!validator.NotNull(Ip, path, "ip")) return false;
            if (!validator.Format(Ip, "ip", path, "ip")) return false;
            return true;
        }
    }

    /// <summary>CMDB动态分组 / A CMDB dynamic group.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record DynamicGroup
    {
        /// <summary>CMDB动态分组ID / CMDB dynamic group ID.</summary>
        [Stj::Serialization.JsonPropertyName("id")]
        public required string? Id { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.NotNull(Id, path, "id")) return false;
            if (!validator.Length(Id, 1, null, path, "id")) return false;
            return true;
        }
    }

    /// <summary>动态topo节点 / A dynamic CMDB topology node: every host under it is a target.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record TopoNode
    {
        /// <summary>动态topo节点ID，对应CMDB API 中的 bk_inst_id / Node ID: bk_inst_id in the CMDB API.</summary>
        [Stj::Serialization.JsonPropertyName("id")]
        public required long? Id { get; init; }

        /// <summary>动态topo节点类型，对应CMDB API 中的 bk_obj_id,比如"module","set" / Node type: bk_obj_id in the CMDB API, e.g. "module" or "set".</summary>
        [Stj::Serialization.JsonPropertyName("node_type")]
        public required string? NodeType { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.NotNull(Id, path, "id")) return false;
            if (!validator.NotNull(NodeType, path, "node_type")) return false;
            if (!validator.Length(NodeType, 1, null, path, "node_type")) return false;
            return true;
        }
    }

    /// <summary>目标服务器 / A set of hosts: host IDs, IP list, dynamic groups and topology nodes (or, in execution plans, a host variable).</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record Server
    {
        /// <summary>引用的变量名 / Name of the host global variable this server refers to (returned by get_job_plan_detail).</summary>
        [Stj::Serialization.JsonPropertyName("variable")]
        public string? Variable { get; init; }

        /// <summary>主机ID列表 / Host ID list. Preferred over ip_list; when both are given the server ignores ip_list.</summary>
        [Stj::Serialization.JsonPropertyName("host_id_list")]
        public Scg::IReadOnlyList<long>? HostIdList { get; init; }

        /// <summary>主机IP列表, 定义见ip。不推荐使用，建议使用host_id_list / Host IP list. Not recommended: use host_id_list.</summary>
        [Stj::Serialization.JsonPropertyName("ip_list")]
        public Scg::IReadOnlyList<Host>? IpList { get; init; }

        /// <summary>动态分组列表, 定义见dynamic_group / Dynamic group list.</summary>
        [Stj::Serialization.JsonPropertyName("dynamic_group_list")]
        public Scg::IReadOnlyList<DynamicGroup>? DynamicGroupList { get; init; }

        /// <summary>动态topo节点列表, 定义见topo_node / Dynamic topology node list.</summary>
        [Stj::Serialization.JsonPropertyName("topo_node_list")]
        public Scg::IReadOnlyList<TopoNode>? TopoNodeList { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (HostIdList is { } hostIdListValue)
            {
                for (var i = 0; i < hostIdListValue.Count; i++)
                {
                    if (!validator.Range(hostIdListValue[i], 1, null, path, "host_id_list", i)) return false;
                }
            }

            if (IpList is { } ipListValue)
            {
                for (var i = 0; i < ipListValue.Count; i++)
                {
                    if (!validator.NotNullItem(ipListValue[i], path, "ip_list", i)) return false;
                    if (ipListValue[i]?.Validate(validator, validator.PathOf(path, "ip_list", i)) == false) return false;
                }
            }

            if (DynamicGroupList is { } dynamicGroupListValue)
            {
                for (var i = 0; i < dynamicGroupListValue.Count; i++)
                {
                    if (!validator.NotNullItem(dynamicGroupListValue[i], path, "dynamic_group_list", i)) return false;
                    if (dynamicGroupListValue[i]?.Validate(validator, validator.PathOf(path, "dynamic_group_list", i)) == false) return false;
                }
            }

            if (TopoNodeList is { } topoNodeListValue)
            {
                for (var i = 0; i < topoNodeListValue.Count; i++)
                {
                    if (!validator.NotNullItem(topoNodeListValue[i], path, "topo_node_list", i)) return false;
                    if (topoNodeListValue[i]?.Validate(validator, validator.PathOf(path, "topo_node_list", i)) == false) return false;
                }
            }

            return true;
        }
    }

    /// <summary>账号 / An execution account, by ID, alias or name. In requests give id or alias (id wins when both are given).</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record Account
    {
        /// <summary>账号ID, 可从get_account_list接口获取 / Account ID (see get_account_list).</summary>
        [Stj::Serialization.JsonPropertyName("id")]
        public long? Id { get; init; }

        /// <summary>账号别名, 可从账号页面获取 / Account alias, as shown on the account page.</summary>
        [Stj::Serialization.JsonPropertyName("alias")]
        public string? Alias { get; init; }

        /// <summary>账号名 / Account name (returned by get_job_plan_detail).</summary>
        [Stj::Serialization.JsonPropertyName("name")]
        public string? Name { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.Range(Id, 1, null, path, "id")) return false;
            if (!validator.Length(Alias, 1, null, path, "alias")) return false;
            if (!validator.AnyOf(path, (Id is not null) || (Alias is not null), "id, or alias")) return false;
            return true;
        }
    }

    /// <summary>全局变量 / A global variable of a job plan: identified by id, or by name when id is empty.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record GlobalVar
    {
        /// <summary>全局变量id，唯一标识。如果id为空，那么使用name作为唯一标识 / Global variable ID; when absent, name identifies the variable.</summary>
        [Stj::Serialization.JsonPropertyName("id")]
        public long? Id { get; init; }

        /// <summary>全局变量名 / Global variable name.</summary>
        [Stj::Serialization.JsonPropertyName("name")]
        public string? Name { get; init; }

        /// <summary>全局变量描述 / Description.</summary>
        [Stj::Serialization.JsonPropertyName("description")]
        public string? Description { get; init; }

        /// <summary>全局变量类型 / Variable type (e.g. 1 string, 3 host list; returned by get_job_plan_detail).</summary>
        [Stj::Serialization.JsonPropertyName("type")]
        public int? Type { get; init; }

        /// <summary>变量是否必填, 0:否 1:是 / Whether the variable must have a value: 0 no, 1 yes.</summary>
        [Stj::Serialization.JsonPropertyName("required")]
        public int? Required { get; init; }

        /// <summary>字符、密码、数组、命名空间类型的全局变量的值 / Value of a string, password, array or namespace variable.</summary>
        [Stj::Serialization.JsonPropertyName("value")]
        public string? Value { get; init; }

        /// <summary>主机类型全局变量的值, 见server定义 / Value of a host-list variable.</summary>
        [Stj::Serialization.JsonPropertyName("server")]
        public Server? Server { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.Range(Id, 1, null, path, "id")) return false;
            if (!validator.Length(Name, 1, null, path, "name")) return false;
            if (Server?.Validate(validator, validator.PathOf(path, "server")) == false) return false;
            if (!validator.AnyOf(path, (Id is not null) || (Name is not null), "id, or name")) return false;
            return true;
        }
    }

    /// <summary>源文件 / Source files of a transfer: server files (with account and server) or files of a third-party file source.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record FileSource
    {
        /// <summary>源文件的绝对路径数组, 支持多个文件; 第三方文件源(COS)填写"bucket名称/文件路径" / Absolute source paths (several allowed); for a third-party (COS) source, "bucket/path" such as testbucket/test.txt.</summary>
        [Stj::Serialization.JsonPropertyName("file_list")]
        public Scg::IReadOnlyList<string> FileList { get; init; } = [];

        /// <summary>文件源账号, 见account定义。文件源类型为服务器文件时必填, 第三方文件源时无需填写 / Account on the source hosts: required for server files, not used for third-party sources.</summary>
        [Stj::Serialization.JsonPropertyName("account")]
        public Account? Account { get; init; }

        /// <summary>源文件服务器, 见server定义 / The source hosts.</summary>
        [Stj::Serialization.JsonPropertyName("server")]
        public Server? Server { get; init; }

        /// <summary>文件源类型, 不传默认为1 / File source type; 1 when absent.</summary>
        [Stj::Serialization.JsonPropertyName("file_type")]
        public FileSourceType? FileType { get; init; }

        /// <summary>第三方文件源ID, file_type为3时与file_source_code二选一, 都填写时优先使用file_source_id / Third-party file source ID (file_type 3); wins over file_source_code.</summary>
        [Stj::Serialization.JsonPropertyName("file_source_id")]
        public long? FileSourceId { get; init; }

        /// <summary>第三方文件源标识, file_type为3时与file_source_id二选一 / Third-party file source code (file_type 3), instead of file_source_id.</summary>
        [Stj::Serialization.JsonPropertyName("file_source_code")]
        public string? FileSourceCode { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (FileList is { } fileListValue)
            {
                if (!validator.Count(fileListValue.Count, 1, null, path, "file_list")) return false;
                for (var i = 0; i < fileListValue.Count; i++)
                {
                    if (!validator.NotNullItem(fileListValue[i], path, "file_list", i)) return false;
                    if (!validator.Length(fileListValue[i], 1, null, path, "file_list", i)) return false;
                }
            }

            if (Account?.Validate(validator, validator.PathOf(path, "account")) == false) return false;
            if (Server?.Validate(validator, validator.PathOf(path, "server")) == false) return false;
            if (!validator.Listed(FileType, FileSourceTypeJsonConverter.IsListed(FileType), FileSourceTypeJsonConverter.ListedValues, path, "file_type")) return false;
            if (!validator.Range(FileSourceId, 1, null, path, "file_source_id")) return false;
            if (!validator.Length(FileSourceCode, 1, null, path, "file_source_code")) return false;
            return true;
        }
    }

    /// <summary>文件源类型, 不传默认为1 / File source type; 1 when absent.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum FileSourceType : int
    {
        /// <summary>服务器文件 / Files on hosts.</summary>
        Server = 1,

        /// <summary>本地文件 / Files uploaded from the user's machine (job plans only).</summary>
        Local = 2,

        /// <summary>第三方文件源文件 / Files of a third-party file source (e.g. COS).</summary>
        ThirdParty = 3,
    }

    /// <summary>传输模式。1-严谨模式，2-强制模式。默认使用强制模式 / Transfer mode: 1 strict, 2 force (the default).</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum TransferMode : int
    {
        /// <summary>严谨模式 / Strict mode.</summary>
        Strict = 1,

        /// <summary>强制模式 / Force mode (the default).</summary>
        Force = 2,
    }

    /// <summary>脚本语言：1 - shell, 2 - bat, 3 - perl, 4 - python, 5 - powershell, 6 - SQL / Script language.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum ScriptLanguage : int
    {
        /// <summary>shell</summary>
        Shell = 1,

        /// <summary>bat</summary>
        Bat = 2,

        /// <summary>perl</summary>
        Perl = 3,

        /// <summary>python</summary>
        Python = 4,

        /// <summary>powershell</summary>
        PowerShell = 5,

        /// <summary>SQL</summary>
        Sql = 6,
    }

    /// <summary>步骤类型 / Step type.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum StepType : int
    {
        /// <summary>脚本步骤 / Script step.</summary>
        Script = 1,

        /// <summary>文件步骤 / File transfer step.</summary>
        File = 2,

        /// <summary>人工确认步骤 / Manual confirmation step.</summary>
        ManualConfirmation = 3,

        /// <summary>SQL步骤 / SQL step.</summary>
        Sql = 4,
    }

    /// <summary>作业/步骤状态码 / Job or step status code.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum RunStatus : int
    {
        /// <summary>未执行 / 等待执行 / Not started yet.</summary>
        Pending = 1,

        /// <summary>正在执行 / Running.</summary>
        Running = 2,

        /// <summary>执行成功 / Succeeded.</summary>
        Success = 3,

        /// <summary>执行失败 / Failed.</summary>
        Failed = 4,

        /// <summary>跳过 / Skipped.</summary>
        Skipped = 5,

        /// <summary>忽略错误 / Failed, error ignored.</summary>
        IgnoreError = 6,

        /// <summary>等待用户 / 等待确认 / Waiting for a user (manual confirmation).</summary>
        WaitingUser = 7,

        /// <summary>手动结束 / Ended by a user.</summary>
        ManuallyEnded = 8,

        /// <summary>状态异常 / Abnormal state.</summary>
        Abnormal = 9,

        /// <summary>强制终止中 / Being terminated.</summary>
        Terminating = 10,

        /// <summary>强制终止成功 / Terminated.</summary>
        TerminateSuccess = 11,

        /// <summary>强制终止失败 / Termination failed (steps only).</summary>
        TerminateFailed = 12,

        /// <summary>确认终止 / Terminated at a manual confirmation.</summary>
        ConfirmTerminated = 13,

        /// <summary>被丢弃 / Abandoned.</summary>
        Abandoned = 14,

        /// <summary>滚动等待 / Waiting for the next rolling batch.</summary>
        RollingWaiting = 15,
    }

    /// <summary>日志类型 / Log type.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum LogType : int
    {
        /// <summary>脚本执行任务日志 / Script execution logs.</summary>
        Script = 1,

        /// <summary>文件分发任务日志 / File distribution logs.</summary>
        File = 2,
    }

    /// <summary>一个文件的分发日志 / The transfer log of one file.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record FileLog
    {
        /// <summary>分发模式 / Transfer mode.</summary>
        [Stj::Serialization.JsonPropertyName("mode")]
        public required FileLogMode? Mode { get; init; }

        /// <summary>主机IP / A host: its BK-Net (cloud area) and IP address, and its host ID when the server knows it.</summary>
        [Stj::Serialization.JsonPropertyName("src_ip")]
        public required Host? SrcIp { get; init; }

        /// <summary>源文件路径 / Source file path.</summary>
        [Stj::Serialization.JsonPropertyName("src_path")]
        public string? SrcPath { get; init; }

        /// <summary>主机IP / A host: its BK-Net (cloud area) and IP address, and its host ID when the server knows it.</summary>
        [Stj::Serialization.JsonPropertyName("dest_ip")]
        public Host? DestIp { get; init; }

        /// <summary>目标路径, mode=1时有值 / Target path; set when mode is 1 (download).</summary>
        [Stj::Serialization.JsonPropertyName("dest_path")]
        public string? DestPath { get; init; }

        /// <summary>任务状态 / Transfer status.</summary>
        [Stj::Serialization.JsonPropertyName("status")]
        public required FileLogStatus? Status { get; init; }

        /// <summary>文件分发日志内容 / Transfer log text.</summary>
        [Stj::Serialization.JsonPropertyName("log_content")]
        public string? LogContent { get; init; }

        /// <summary>文件大小 / File size, as text (e.g. "1.0 Bytes").</summary>
        [Stj::Serialization.JsonPropertyName("size")]
        public string? Size { get; init; }

        /// <summary>文件传输速率 / Transfer speed, as text (e.g. "0 KB/s").</summary>
        [Stj::Serialization.JsonPropertyName("speed")]
        public string? Speed { get; init; }

        /// <summary>文件传输进度 / Transfer progress, as text (e.g. "100%").</summary>
        [Stj::Serialization.JsonPropertyName("process")]
        public string? Process { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.NotNull(Mode, path, "mode")) return false;
            if (!validator.Listed(Mode, FileLogModeJsonConverter.IsListed(Mode), FileLogModeJsonConverter.ListedValues, path, "mode")) return false;
            if (!validator.NotNull(SrcIp, path, "src_ip")) return false;
            if (SrcIp?.Validate(validator, validator.PathOf(path, "src_ip")) == false) return false;
            if (DestIp?.Validate(validator, validator.PathOf(path, "dest_ip")) == false) return false;
            if (!validator.NotNull(Status, path, "status")) return false;
            if (!validator.Listed(Status, FileLogStatusJsonConverter.IsListed(Status), FileLogStatusJsonConverter.ListedValues, path, "status")) return false;
            return true;
        }
    }

    /// <summary>分发模式 / Transfer mode.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum FileLogMode : int
    {
        /// <summary>上传 / The source host uploads the file.</summary>
        Upload = 0,

        /// <summary>下载 / The target host downloads the file.</summary>
        Download = 1,
    }

    /// <summary>任务状态 / Transfer status.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum FileLogStatus : int
    {
        /// <summary>从文件源拉取中 / Pulling from a file source.</summary>
        PullingFromFileSource = 0,

        /// <summary>等待开始 / Waiting to start.</summary>
        Waiting = 1,

        /// <summary>上传中 / Uploading.</summary>
        Uploading = 2,

        /// <summary>下载中 / Downloading.</summary>
        Downloading = 3,

        /// <summary>成功 / Succeeded.</summary>
        Success = 4,

        /// <summary>失败 / Failed.</summary>
        Failed = 5,
    }

    /// <summary>处理动作: 1 - 扫描, 2 - 拦截 / Processing actions: 1- Scan, 2- Intercept</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum JobV3Action : int
    {
        /// <summary>扫描 / Scan</summary>
        Scan = 1,

        /// <summary>拦截 / Intercept</summary>
        Intercept = 2,
    }

    /// <summary>The <c>dynamic_group_fast_execute_sql</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record DynamicGroupFastExecuteSql
    {
        /// <summary>CMDB动态分组ID / CMDB dynamic grouping ID</summary>
        [Stj::Serialization.JsonPropertyName("id")]
        public required string? Id { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.NotNull(Id, path, "id")) return false;
            return true;
        }
    }

    /// <summary>The <c>ip_fast_execute_sql</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record HostFastExecuteSql
    {
        /// <summary>管控区域ID / BK-Net ID</summary>
        [Stj::Serialization.JsonPropertyName("bk_cloud_id")]
        public required long? CloudId { get; init; }

        /// <summary>IP地址 / IP Address</summary>
        [Stj::Serialization.JsonPropertyName("ip")]
        public required string? Ip { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.NotNull(CloudId, path, "bk_cloud_id")) return false;
            if (!validator.NotNull(Ip, path, "ip")) return false;
            if (!validator.Format(Ip, "ip", path, "ip")) return false;
            return true;
        }
    }

    /// <summary>脚本语言:1 - shell, 2 - bat, 3 - perl, 4 - python, 5 - powershell, 6 - sql / Script language:1 - shell, 2 - bat, 3 - perl, 4 - python, 5 - powershell, 6 - sql</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum ScriptLanguageCheckScript : int
    {
        /// <summary>shell</summary>
        Shell = 1,

        /// <summary>bat</summary>
        Bat = 2,

        /// <summary>perl</summary>
        Perl = 3,

        /// <summary>python</summary>
        Python = 4,

        /// <summary>powershell</summary>
        Powershell = 5,

        /// <summary>sql</summary>
        Sql = 6,
    }

    /// <summary>脚本语言:1 - shell, 2 - bat, 3 - perl, 4 - python, 5 - powershell / Script language:1 - shell, 2 - bat, 3 - perl, 4 - python, 5 - powershell, 6 - sql</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum ScriptLanguageGetPublicScriptVersionDetail : int
    {
        /// <summary>shell</summary>
        Shell = 1,

        /// <summary>bat</summary>
        Bat = 2,

        /// <summary>perl</summary>
        Perl = 3,

        /// <summary>python</summary>
        Python = 4,

        /// <summary>powershell</summary>
        Powershell = 5,
    }

    /// <summary>The <c>topo_node_fast_execute_sql</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record TopoNodeFastExecuteSql
    {
        /// <summary>动态topo节点ID，对应CMDB API 中的 bk_inst_id</summary>
        [Stj::Serialization.JsonPropertyName("id")]
        public required long? Id { get; init; }

        /// <summary>动态topo节点类型，对应CMDB API 中的 bk_obj_id,比如"module","set"</summary>
        [Stj::Serialization.JsonPropertyName("node_type")]
        public required string? NodeType { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.NotNull(Id, path, "id")) return false;
            if (!validator.NotNull(NodeType, path, "node_type")) return false;
            return true;
        }
    }

    /// <summary>The <c>topo_node_get_cron_detail</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record TopoNodeGetCronDetail
    {
        /// <summary>动态topo节点ID，对应CMDB API 中的 bk_inst_id / Dynamic topo node ID, corresponding to bk_inst_id in CMDB API</summary>
        [Stj::Serialization.JsonPropertyName("id")]
        public long? Id { get; init; }

        /// <summary>动态topo节点类型，对应CMDB API 中的 bk_obj_id,比如"module","set" / Dynamic topo node type, corresponding to bk_obj_id in CMDB API, such as "module" and "set"</summary>
        [Stj::Serialization.JsonPropertyName("node_type")]
        public string? NodeType { get; init; }

        /// <summary>This object has no rules of its own: always valid (the objects that hold it call it).</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path) => true;
    }

    /// <summary>The <c>dynamic_group_save_cron</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record DynamicGroupSaveCron
    {
        /// <summary>动态分组 ID / Dynamic Group ID</summary>
        [Stj::Serialization.JsonPropertyName("id")]
        public string? Id { get; init; }

        /// <summary>This object has no rules of its own: always valid (the objects that hold it call it).</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path) => true;
    }

    /// <summary>The <c>account_get_step_instance_detail</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record AccountGetStepInstanceDetail
    {
        /// <summary>账号ID / The source execution account ID can be obtained from the get-account list interface. There must be one with alias. When both alias and id exist, id takes priority.</summary>
        [Stj::Serialization.JsonPropertyName("id")]
        public required long Id { get; init; }

        /// <summary>账号名称</summary>
        [Stj::Serialization.JsonPropertyName("name")]
        public string? Name { get; init; }

        /// <summary>This object has no rules of its own: always valid (the objects that hold it call it).</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path) => true;
    }

    /// <summary>The <c>approval_info</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record ApprovalInfo
    {
        /// <summary>确认消息 / Approve Message</summary>
        [Stj::Serialization.JsonPropertyName("approval_message")]
        public required string ApprovalMessage { get; init; }

        /// <summary>This object has no rules of its own: always valid (the objects that hold it call it).</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path) => true;
    }

    /// <summary>The <c>container</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record Container
    {
        /// <summary>容器 ID (cmdb) / Container ID (cmdb)</summary>
        [Stj::Serialization.JsonPropertyName("id")]
        public required long Id { get; init; }

        /// <summary>容器在集群中的唯一 ID (UID) / Unique ID (UID) of the container in the cluster</summary>
        [Stj::Serialization.JsonPropertyName("container_uid")]
        public required string ContainerUid { get; init; }

        /// <summary>容器名称 / Container name</summary>
        [Stj::Serialization.JsonPropertyName("name")]
        public required string Name { get; init; }

        /// <summary>This object has no rules of its own: always valid (the objects that hold it call it).</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path) => true;
    }

    /// <summary>脚本版本状态（0：未上线，1：已上线，2：已下线，3：已禁用） / Script version status (0: not online, 1: Online, 2: offline, 3: Disabled)</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum DataStatus : int
    {
        /// <summary>未上线 / not online</summary>
        NotOnline = 0,

        /// <summary>已上线 / Online</summary>
        Online = 1,

        /// <summary>已下线 / offline</summary>
        Offline = 2,

        /// <summary>已禁用） / Disabled)</summary>
        Disabled = 3,
    }

    /// <summary>The <c>dynamic_group_get_step_instance_detail</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record DynamicGroupGetStepInstanceDetail
    {
        /// <summary>CMDB动态分组ID / CMDB dynamic grouping ID</summary>
        [Stj::Serialization.JsonPropertyName("id")]
        public required string Id { get; init; }

        /// <summary>This object has no rules of its own: always valid (the objects that hold it call it).</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path) => true;
    }

    /// <summary>错误码，0.已完成; 115.执行中; 126.任务强制终止; -1.其他错误类型 / Host task status code, 1. Agent exception; 3. Last time it was successful; 5. Waiting for execution; 7. In progress; 9. Successful execution; 11. Task failure; 12. Task issuance failed; 13. Task timeout; 15. Task log error; 101. Script execution failed; 102. Script execution timed out; 103. Script execution terminated; 104. The script return code is non-zero; 202. File transfer failed; 203. The source file does not exist; 310. Agent exception; 311. The username does not exist; 320. File retrieval failed; 321. The file exceeds the limit; 329. File transfer error; 399. Task execution error</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum ErrorCode : int
    {
        /// <summary>已完成</summary>
        Completed = 0,

        /// <summary>执行中</summary>
        Running = 115,

        /// <summary>任务强制终止</summary>
        TaskForceTerminated = 126,

        /// <summary>其他错误类型</summary>
        OtherErrorType = -1,
    }

    /// <summary>The <c>execute_object</c> object.</summary>
    /// <remarks>
    /// One sealed record per <c>type</c> value, and <see cref="UnknownExecuteObject"/> for values this client does not know:
    /// switch over the cases.
    /// </remarks>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public abstract partial record ExecuteObject
    {
        private protected ExecuteObject() { }

        /// <summary>执行对象类型, 1 - 主机，2 - 容器 / type,1- Host, 2- Container</summary>
        [Stj::Serialization.JsonPropertyName("type")]
        public abstract ExecuteObjectType Type { get; }

        /// <summary>执行对象资源 ID（比如主机对应的资源 ID 为 bk_host_id) / Execute object resource ID (e.g. the resource ID corresponding to the host is bk_host_id)</summary>
        [Stj::Serialization.JsonPropertyName("resource_id")]
        public required string ResourceId { get; init; }
    }

    /// <summary>A <see cref="ExecuteObject"/> whose <c>type</c> this client does not know (e.g. from a newer server). The members common to every case are read; the whole object is kept in <see cref="Raw"/>, and it is what serialization writes back (so a copy made with <c>with</c> serializes as the original).</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record UnknownExecuteObject : global::Consumer.JobV3.ExecuteObject
    {
        /// <summary>Creates the unknown case from its discriminator value and the object as received.</summary>
        public UnknownExecuteObject(ExecuteObjectType discriminator, Stj::JsonElement raw)
        {
            Type = discriminator;
            Raw = raw;
        }

        /// <inheritdoc />
        public override ExecuteObjectType Type { get; }

        /// <summary>The whole object as received, for members this client does not know.</summary>
        public Stj::JsonElement Raw { get; }
    }

    /// <summary>type = 2: 容器</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record ExecuteObjectContainer : ExecuteObject
    {
        /// <inheritdoc />
        public override ExecuteObjectType Type => global::Consumer.JobV3.ExecuteObjectType.Container;

        /// <summary><c>container</c>.</summary>
        [Stj::Serialization.JsonPropertyName("container")]
        public Container? Container { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (Container?.Validate(validator, validator.PathOf(path, "container")) == false) return false;
            return true;
        }
    }

    /// <summary>type = 1: 主机</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record ExecuteObjectHost : ExecuteObject
    {
        /// <inheritdoc />
        public override ExecuteObjectType Type => global::Consumer.JobV3.ExecuteObjectType.Host;

        /// <summary><c>host</c>.</summary>
        [Stj::Serialization.JsonPropertyName("host")]
        public HostSystemBkciPluginBatchGetJobInstanceExecuteObjectLog? Host { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (Host?.Validate(validator, validator.PathOf(path, "host")) == false) return false;
            return true;
        }
    }

    /// <summary>执行对象类型, 1 - 主机，2 - 容器 / type,1- Host, 2- Container</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum ExecuteObjectType : int
    {
        /// <summary>主机 / Host</summary>
        Host = 1,

        /// <summary>容器 / Container</summary>
        Container = 2,
    }

    /// <summary>滚动批次执行模式：1-串行(默认)；2-并行错峰。串行时批次间依次执行(受 mode 控制)；并行错峰时各批次按错峰延迟并行下发(不读取 mode)。仅滚动对象为【传输目标】(type=1)时支持并行错峰 / Rolling batch execution mode: 1-Serial (default); 2-Parallel staggered. In serial mode batches run one after another (controlled by mode); in parallel staggered mode batches are dispatched in parallel with staggered delays (mode is ignored). Parallel staggered is only supported when type is 1 (Transfer target)</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum ExecutionMode : int
    {
        /// <summary>串行(默认)</summary>
        Value1 = 1,

        /// <summary>并行错峰</summary>
        Value2 = 2,
    }

    /// <summary>The <c>file_destination_get_step_instance_detail</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record FileDestinationGetStepInstanceDetail
    {
        /// <summary>目标路径 / Target path</summary>
        [Stj::Serialization.JsonPropertyName("path")]
        public required string Path { get; init; }

        /// <summary><c>account</c>.</summary>
        [Stj::Serialization.JsonPropertyName("account")]
        public required AccountGetStepInstanceDetail Account { get; init; }

        /// <summary><c>server</c>.</summary>
        [Stj::Serialization.JsonPropertyName("server")]
        public required ServerInfoGetStepInstanceDetail Server { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (Account?.Validate(validator, validator.PathOf(path, "account")) == false) return false;
            if (Server?.Validate(validator, validator.PathOf(path, "server")) == false) return false;
            return true;
        }
    }

    /// <summary>The <c>file_info</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record JobV3FileInfo
    {
        /// <summary>源文件列表，元素详情见file_source对象定义 / File source list，see file source definition</summary>
        [Stj::Serialization.JsonPropertyName("file_source_list")]
        public Scg::IReadOnlyList<FileSourceGetStepInstanceDetail> FileSourceList { get; init; } = [];

        /// <summary><c>file_destination</c>.</summary>
        [Stj::Serialization.JsonPropertyName("file_destination")]
        public required FileDestinationGetStepInstanceDetail FileDestination { get; init; }

        /// <summary>超时，单位为秒 / Timeout，Unit in seconds</summary>
        [Stj::Serialization.JsonPropertyName("timeout")]
        public required int Timeout { get; init; }

        /// <summary>上传文件限速，单位为MB/s，没有值表示不限速 / Upload speed limit，The unit is MB/s, no value indicates no speed limit</summary>
        [Stj::Serialization.JsonPropertyName("source_speed_limit")]
        public int? SourceSpeedLimit { get; init; }

        /// <summary>下载文件限速，单位为MB/s，没有值表示不限速 / Download speed limit，The unit is MB/s, no value indicates no speed limit</summary>
        [Stj::Serialization.JsonPropertyName("destination_speed_limit")]
        public int? DestinationSpeedLimit { get; init; }

        /// <summary>传输模式： 1-严谨模式，2-强制模式，3-安全模式 / Transfer mode： 1- Strict mode, 2- Mandatory mode, 3- Safe mode</summary>
        [Stj::Serialization.JsonPropertyName("transfer_mode")]
        public required TransferModeGetStepInstanceDetail TransferMode { get; init; }

        /// <summary>是否忽略错误：0-不忽略，1-忽略 / Is ignore error：0- Do not ignore, 1- Ignore</summary>
        [Stj::Serialization.JsonPropertyName("is_ignore_error")]
        public required IsIgnoreError IsIgnoreError { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (FileSourceList is { } fileSourceListValue)
            {
                for (var i = 0; i < fileSourceListValue.Count; i++)
                {
                    if (!validator.NotNullItem(fileSourceListValue[i], path, "file_source_list", i)) return false;
                    if (fileSourceListValue[i]?.Validate(validator, validator.PathOf(path, "file_source_list", i)) == false) return false;
                }
            }

            if (FileDestination?.Validate(validator, validator.PathOf(path, "file_destination")) == false) return false;
            if (!validator.Listed(TransferMode, TransferModeGetStepInstanceDetailJsonConverter.IsListed(TransferMode), TransferModeGetStepInstanceDetailJsonConverter.ListedValues, path, "transfer_mode")) return false;
            if (!validator.Listed(IsIgnoreError, IsIgnoreErrorJsonConverter.IsListed(IsIgnoreError), IsIgnoreErrorJsonConverter.ListedValues, path, "is_ignore_error")) return false;
            return true;
        }
    }

    /// <summary>The <c>file_source_get_step_instance_detail</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record FileSourceGetStepInstanceDetail
    {
        /// <summary>文件类型：1-服务器文件，2-本地文件，3-文件源文件 / File source type, 1: server file, 3: third-party file source file, default is 1 if not transmitted</summary>
        [Stj::Serialization.JsonPropertyName("file_type")]
        public required FileType FileType { get; init; }

        /// <summary>文件路径列表 / Support multiple files. If the file source type is a server file, fill in the absolute path array of the source file; If the file source type is a third-party file source, the path filled in for the COS file source is "bucket name/file path", for example: testbucket/test.txt</summary>
        [Stj::Serialization.JsonPropertyName("file_list")]
        public Scg::IReadOnlyList<string> FileList { get; init; } = [];

        /// <summary><c>server</c>.</summary>
        [Stj::Serialization.JsonPropertyName("server")]
        public ServerInfoGetStepInstanceDetail? Server { get; init; }

        /// <summary><c>account</c>.</summary>
        [Stj::Serialization.JsonPropertyName("account")]
        public required AccountGetStepInstanceDetail Account { get; init; }

        /// <summary>第三方文件源ID / When file_date is 3, choose one of file_stource_id and file_stource_comde to fill in. If both are filled in, priority should be given to using file_stource_id and the third-party file source ID. You can obtain the details of the steps in the returned result from the get-job_detail interface</summary>
        [Stj::Serialization.JsonPropertyName("file_source_id")]
        public long? FileSourceId { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.Listed(FileType, FileTypeJsonConverter.IsListed(FileType), FileTypeJsonConverter.ListedValues, path, "file_type")) return false;
            if (FileList is { } fileListValue)
            {
                for (var i = 0; i < fileListValue.Count; i++)
                {
                    if (!validator.NotNullItem(fileListValue[i], path, "file_list", i)) return false;
                }
            }

            if (Server?.Validate(validator, validator.PathOf(path, "server")) == false) return false;
            if (Account?.Validate(validator, validator.PathOf(path, "account")) == false) return false;
            return true;
        }
    }

    /// <summary>文件类型：1-服务器文件，2-本地文件，3-文件源文件 / File source type, 1: server file, 3: third-party file source file, default is 1 if not transmitted</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum FileType : int
    {
        /// <summary>服务器文件</summary>
        ServerFile = 1,

        /// <summary>本地文件</summary>
        LocalFile = 2,

        /// <summary>文件源文件</summary>
        FileSourceFile = 3,
    }

    /// <summary>The <c>host_result</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record HostResult
    {
        /// <summary>主机ID / Host ID</summary>
        [Stj::Serialization.JsonPropertyName("bk_host_id")]
        public required long HostId { get; init; }

        /// <summary>IP</summary>
        [Stj::Serialization.JsonPropertyName("ip")]
        public string? Ip { get; init; }

        /// <summary>IPv6</summary>
        [Stj::Serialization.JsonPropertyName("ipv6")]
        public string? IpV6 { get; init; }

        /// <summary>AgentId</summary>
        [Stj::Serialization.JsonPropertyName("bk_agent_id")]
        public string? AgentId { get; init; }

        /// <summary>管控区域ID / Area ID</summary>
        [Stj::Serialization.JsonPropertyName("bk_cloud_id")]
        public long? CloudId { get; init; }

        /// <summary>管控区域名称 / Area name</summary>
        [Stj::Serialization.JsonPropertyName("bk_cloud_name")]
        public string? CloudName { get; init; }

        /// <summary>任务状态：0-未知错误，1-Agent异常，2-无效主机，3-上次已成功，5-等待执行，7-正在执行，9-执行成功，11-执行失败，12-任务下发失败，13-任务超时，15-任务日志错误，16-GSE脚本日志超时，17-GSE文件日志超时，101-脚本执行失败，102-脚本执行超时，103-脚本执行被终止，104-脚本返回码非零，202-文件传输失败，203-源文件不存在，301-文件任务系统错误-未分类的，303-文件任务超时，310-Agent异常，311-用户名不存在，312-用户密码错误，320-文件获取失败，321-文件超出限制，329-文件传输错误，399-任务执行出错，403-任务强制终止成功，404-任务强制终止失败，500-未知状态 / Task status: 0- Unknown error, 1- Agent exception, 2- Invalid host, 3- Last successful, 5- Waiting for execution, 7- Executing, 9- Execution successful, 11- Execution failed, 12- Task issuance failed, 13- Task timeout, 15- Task log error, 16- GSE script log timeout, 17- GSE file log timeout, 101- Script execution failed, 102- Script execution timeout, 103- Script execution terminated, 104- Script return code non-zero, 202- File transfer failed, 203- Source file does not exist, 301- File task system error - Unclassified, 303- File task timeout, 310- Agent exception, 311- Username does not exist, 312- User password error, 320- File retrieval failed. 321- File exceeds limit, 329- File transfer error, 399- Task execution error, 403- Task forced termination successful, 404- Task forced termination failed, 500- Unknown status</summary>
        [Stj::Serialization.JsonPropertyName("status")]
        public required HostResultStatus Status { get; init; }

        /// <summary>任务状态描述 / Status describe</summary>
        [Stj::Serialization.JsonPropertyName("status_desc")]
        public required string StatusDesc { get; init; }

        /// <summary>用户通过job_success/job_fail函数模板自定义输出的结果。仅脚本任务存在该参数 / The user customizes the output results through the job_Success/job_fail function template. Only script tasks have this parameter present</summary>
        [Stj::Serialization.JsonPropertyName("tag")]
        public string? Tag { get; init; }

        /// <summary>脚本任务exit code / Script exit code</summary>
        [Stj::Serialization.JsonPropertyName("exit_code")]
        public int? ExitCode { get; init; }

        /// <summary>开始执行时间，Unix时间戳，单位毫秒 / Start time，Unix timestamp, in milliseconds</summary>
        [Stj::Serialization.JsonPropertyName("start_time")]
        public required long StartTime { get; init; }

        /// <summary>执行结束时间，Unix时间戳，单位毫秒 / End time，Unix timestamp, in milliseconds</summary>
        [Stj::Serialization.JsonPropertyName("end_time")]
        public required long EndTime { get; init; }

        /// <summary>总耗时，单位毫秒 / Total time consumption, in milliseconds</summary>
        [Stj::Serialization.JsonPropertyName("total_time")]
        public required int TotalTime { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.Listed(Status, HostResultStatusJsonConverter.IsListed(Status), HostResultStatusJsonConverter.ListedValues, path, "status")) return false;
            return true;
        }
    }

    /// <summary>任务状态：0-未知错误，1-Agent异常，2-无效主机，3-上次已成功，5-等待执行，7-正在执行，9-执行成功，11-执行失败，12-任务下发失败，13-任务超时，15-任务日志错误，16-GSE脚本日志超时，17-GSE文件日志超时，101-脚本执行失败，102-脚本执行超时，103-脚本执行被终止，104-脚本返回码非零，202-文件传输失败，203-源文件不存在，301-文件任务系统错误-未分类的，303-文件任务超时，310-Agent异常，311-用户名不存在，312-用户密码错误，320-文件获取失败，321-文件超出限制，329-文件传输错误，399-任务执行出错，403-任务强制终止成功，404-任务强制终止失败，500-未知状态 / Task status: 0- Unknown error, 1- Agent exception, 2- Invalid host, 3- Last successful, 5- Waiting for execution, 7- Executing, 9- Execution successful, 11- Execution failed, 12- Task issuance failed, 13- Task timeout, 15- Task log error, 16- GSE script log timeout, 17- GSE file log timeout, 101- Script execution failed, 102- Script execution timeout, 103- Script execution terminated, 104- Script return code non-zero, 202- File transfer failed, 203- Source file does not exist, 301- File task system error - Unclassified, 303- File task timeout, 310- Agent exception, 311- Username does not exist, 312- User password error, 320- File retrieval failed. 321- File exceeds limit, 329- File transfer error, 399- Task execution error, 403- Task forced termination successful, 404- Task forced termination failed, 500- Unknown status</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum HostResultStatus : int
    {
        /// <summary>未知错误 / Unknown error</summary>
        UnknownError = 0,

        /// <summary>Agent异常 / Agent exception</summary>
        AgentException = 1,

        /// <summary>无效主机 / Invalid host</summary>
        InvalidHost = 2,

        /// <summary>上次已成功 / Last successful</summary>
        LastSuccessful = 3,

        /// <summary>等待执行 / Waiting for execution</summary>
        WaitingForExecution = 5,

        /// <summary>正在执行 / Executing</summary>
        Executing = 7,

        /// <summary>执行成功 / Execution successful</summary>
        ExecutionSuccessful = 9,

        /// <summary>执行失败 / Execution failed</summary>
        ExecutionFailed = 11,

        /// <summary>任务下发失败 / Task issuance failed</summary>
        TaskIssuanceFailed = 12,

        /// <summary>任务超时 / Task timeout</summary>
        TaskTimeout = 13,

        /// <summary>任务日志错误 / Task log error</summary>
        TaskLogError = 15,

        /// <summary>GSE脚本日志超时 / GSE script log timeout</summary>
        GseScriptLogTimeout = 16,

        /// <summary>GSE文件日志超时 / GSE file log timeout</summary>
        GseFileLogTimeout = 17,

        /// <summary>脚本执行失败 / Script execution failed</summary>
        ScriptExecutionFailed = 101,

        /// <summary>脚本执行超时 / Script execution timeout</summary>
        ScriptExecutionTimeout = 102,

        /// <summary>脚本执行被终止 / Script execution terminated</summary>
        ScriptExecutionTerminated = 103,

        /// <summary>脚本返回码非零 / Script return code non-zero</summary>
        ScriptReturnCodeNonZero = 104,

        /// <summary>文件传输失败 / File transfer failed</summary>
        FileTransferFailed = 202,

        /// <summary>源文件不存在 / Source file does not exist</summary>
        SourceFileDoesNotExist = 203,

        /// <summary>文件任务系统错误-未分类的 / File task system error - Unclassified</summary>
        FileTaskSystemErrorUnclassified = 301,

        /// <summary>文件任务超时 / File task timeout</summary>
        FileTaskTimeout = 303,

        /// <summary>Agent异常 / Agent exception</summary>
        AgentException310 = 310,

        /// <summary>用户名不存在 / Username does not exist</summary>
        UsernameDoesNotExist = 311,

        /// <summary>用户密码错误 / User password error</summary>
        UserPasswordError = 312,

        /// <summary>文件获取失败 / File retrieval failed</summary>
        FileRetrievalFailed = 320,

        /// <summary>文件超出限制 / File exceeds limit</summary>
        FileExceedsLimit = 321,

        /// <summary>文件传输错误 / File transfer error</summary>
        FileTransferError = 329,

        /// <summary>任务执行出错 / Task execution error</summary>
        TaskExecutionError = 399,

        /// <summary>任务强制终止成功 / Task forced termination successful</summary>
        TaskForcedTerminationSuccessful = 403,

        /// <summary>任务强制终止失败 / Task forced termination failed</summary>
        TaskForcedTerminationFailed = 404,

        /// <summary>未知状态 / Unknown status</summary>
        UnknownStatus = 500,
    }

    /// <summary>The <c>host_system_bkci_plugin_batch_get_job_instance_execute_object_log</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record HostSystemBkciPluginBatchGetJobInstanceExecuteObjectLog
    {
        /// <summary>主机 ID (cmdb) / Host ID (cmdb)</summary>
        [Stj::Serialization.JsonPropertyName("bk_host_id")]
        public required long HostId { get; init; }

        /// <summary>管控区域ID / Cloud ID</summary>
        [Stj::Serialization.JsonPropertyName("bk_cloud_id")]
        public required long CloudId { get; init; }

        /// <summary>Ipv4</summary>
        [Stj::Serialization.JsonPropertyName("ip")]
        public required string Ip { get; init; }

        /// <summary>This object has no rules of its own: always valid (the objects that hold it call it).</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path) => true;
    }

    /// <summary>是否忽略错误：0-不忽略，1-忽略 / Is ignore error：0- Do not ignore, 1- Ignore</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum IsIgnoreError : int
    {
        /// <summary>不忽略 / Do not ignore</summary>
        DoNotIgnore = 0,

        /// <summary>忽略 / Ignore</summary>
        Ignore = 1,
    }

    /// <summary>参数是否为敏感参数：0-不敏感，1-敏感 / Is the parameter sensitive? Parameters: 0- insensitive, 1- sensitive</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum IsParamSensitive : int
    {
        /// <summary>不敏感 / insensitive</summary>
        Insensitive = 0,

        /// <summary>敏感 / sensitive</summary>
        Sensitive = 1,
    }

    /// <summary>作业状态码: 1.未执行; 2.正在执行; 3.执行成功; 4.执行失败; 5.跳过; 6.忽略错误; 7.等待用户; 8.手动结束; 9.状态异常; 10.步骤强制终止中; 11.步骤强制终止成功; 13.确认终止; 14.被丢弃; 15.滚动等待 / Job status code. 1 - Pending; 2 - Running 3 - Successful; 4 - Failed; 5 - Skipped; 6 - Ignore Error; 7 - Waiting; 8 - Terminated; 9 - Abnormal; 10 - Terminating; 11 - Terminate Success; 13 - Termination Confirmed; 14 - Abandoned</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum JobInstanceStatusSystemBkciPluginGetJobInstanceStatus : int
    {
        /// <summary>未执行 / Pending</summary>
        Pending = 1,

        /// <summary>正在执行 / Running</summary>
        Running = 2,

        /// <summary>执行成功 / Successful</summary>
        Successful = 3,

        /// <summary>执行失败 / Failed</summary>
        Failed = 4,

        /// <summary>跳过 / Skipped</summary>
        Skipped = 5,

        /// <summary>忽略错误 / Ignore Error</summary>
        IgnoreError = 6,

        /// <summary>等待用户 / Waiting</summary>
        Waiting = 7,

        /// <summary>手动结束 / Terminated</summary>
        Terminated = 8,

        /// <summary>状态异常 / Abnormal</summary>
        Abnormal = 9,

        /// <summary>步骤强制终止中 / Terminating</summary>
        Terminating = 10,

        /// <summary>步骤强制终止成功 / Terminate Success</summary>
        TerminateSuccess = 11,

        /// <summary>确认终止 / Termination Confirmed</summary>
        TerminationConfirmed = 13,

        /// <summary>被丢弃 / Abandoned</summary>
        Abandoned = 14,

        /// <summary>滚动等待</summary>
        RollingWaiting = 15,
    }

    /// <summary>The <c>job_instance_system_bkci_plugin_get_job_instance_status</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record JobInstanceSystemBkciPluginGetJobInstanceStatus
    {
        /// <summary>作业实例名称 / Job instance name</summary>
        [Stj::Serialization.JsonPropertyName("name")]
        public required string Name { get; init; }

        /// <summary>作业状态码: 1.未执行; 2.正在执行; 3.执行成功; 4.执行失败; 5.跳过; 6.忽略错误; 7.等待用户; 8.手动结束; 9.状态异常; 10.步骤强制终止中; 11.步骤强制终止成功; 13.确认终止; 14.被丢弃; 15.滚动等待 / Job status code. 1 - Pending; 2 - Running 3 - Successful; 4 - Failed; 5 - Skipped; 6 - Ignore Error; 7 - Waiting; 8 - Terminated; 9 - Abnormal; 10 - Terminating; 11 - Terminate Success; 13 - Termination Confirmed; 14 - Abandoned</summary>
        [Stj::Serialization.JsonPropertyName("status")]
        public required JobInstanceStatusSystemBkciPluginGetJobInstanceStatus Status { get; init; }

        /// <summary>作业创建时间，Unix时间戳，单位毫秒 / Job creation time, Unix timestamp, in milliseconds</summary>
        [Stj::Serialization.JsonPropertyName("create_time")]
        public required long CreateTime { get; init; }

        /// <summary>开始执行时间，Unix时间戳，单位毫秒 / Execution start time, Unix timestamp, in milliseconds</summary>
        [Stj::Serialization.JsonPropertyName("start_time")]
        public long? StartTime { get; init; }

        /// <summary>执行结束时间，Unix时间戳，单位毫秒 / Execution end time, Unix timestamp, in milliseconds</summary>
        [Stj::Serialization.JsonPropertyName("end_time")]
        public long? EndTime { get; init; }

        /// <summary>总耗时，单位毫秒 / Total elapsed time in milliseconds</summary>
        [Stj::Serialization.JsonPropertyName("total_time")]
        public int? TotalTime { get; init; }

        /// <summary>资源范围类型。可选值: biz - 业务，biz_set - 业务集 / Resource scope type: biz (business) or biz_set (business set).</summary>
        [Stj::Serialization.JsonPropertyName("bk_scope_type")]
        public required ScopeType ScopeType { get; init; }

        /// <summary>资源范围ID, 与bk_scope_type对应, 表示业务ID或者业务集ID / Resource scope ID. Corresponds to bk_scope_type, which means business ID or business set ID</summary>
        [Stj::Serialization.JsonPropertyName("bk_scope_id")]
        public required string ScopeId { get; init; }

        /// <summary>作业实例ID / Job instance ID</summary>
        [Stj::Serialization.JsonPropertyName("job_instance_id")]
        public required long JobInstanceId { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.Listed(Status, JobInstanceStatusSystemBkciPluginGetJobInstanceStatusJsonConverter.IsListed(Status), JobInstanceStatusSystemBkciPluginGetJobInstanceStatusJsonConverter.ListedValues, path, "status")) return false;
            if (!validator.Listed(ScopeType, ScopeTypeJsonConverter.IsListed(ScopeType), ScopeTypeJsonConverter.ListedValues, path, "bk_scope_type")) return false;
            return true;
        }
    }

    /// <summary>日志类型。1-脚本执行任务日志;2-文件分发任务日志 / Log type. 1 - Script execution task log; 2 - File distribution task log</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum LogTypeSystemBatchGetJobInstanceIpLog : int
    {
        /// <summary>脚本执行任务日志 / Script execution task log</summary>
        ScriptExecutionTaskLog = 1,

        /// <summary>文件分发任务日志 / File distribution task log</summary>
        FileDistributionTaskLog = 2,
    }

    /// <summary>滚动机制：1-执行失败则暂停；2-忽略失败，自动滚动下一批；3-人工确认。串行模式(execution_mode=1)必填；并行错峰模式(execution_mode=2)不生效可不填 / Rolling mechanism: 1-pause if execution fails; 2- Ignore failure and automatically scroll to the next batch; 3- Manual confirmation. Required in serial mode (execution_mode=1); ignored in parallel staggered mode (execution_mode=2)</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum RollingConfigMode : int
    {
        /// <summary>执行失败则暂停</summary>
        Value1 = 1,

        /// <summary>忽略失败，自动滚动下一批</summary>
        Value2 = 2,

        /// <summary>人工确认</summary>
        ManualConfirmation = 3,
    }

    /// <summary>滚动对象：1-传输目标；2-源文件；不填写默认为传输目标。 / Rolling target: 1-Transfer target; 2-Source file; Default value is 1。</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum RollingConfigType : int
    {
        /// <summary>传输目标 / Transfer target</summary>
        TransferTarget = 1,

        /// <summary>源文件 / Source file</summary>
        SourceFile = 2,
    }

    /// <summary>The <c>script_info</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record ScriptInfo
    {
        /// <summary>脚本类型：1-本地脚本，2-引用业务脚本，3-引用公共脚本 / Script type：1-Local script, 2-Reference business script, 3-Reference public script</summary>
        [Stj::Serialization.JsonPropertyName("script_type")]
        public required ScriptType ScriptType { get; init; }

        /// <summary>脚本ID / Script ID</summary>
        [Stj::Serialization.JsonPropertyName("script_id")]
        public string? ScriptId { get; init; }

        /// <summary>脚本版本ID / Script version ID</summary>
        [Stj::Serialization.JsonPropertyName("script_version_id")]
        public long? ScriptVersionId { get; init; }

        /// <summary>脚本内容 / Script content</summary>
        [Stj::Serialization.JsonPropertyName("script_content")]
        public string? ScriptContent { get; init; }

        /// <summary>脚本语言:1 - shell, 2 - bat, 3 - perl, 4 - python, 5 - powershell, 6 - sql / Script language:1 - shell, 2 - bat, 3 - perl, 4 - python, 5 - powershell, 6 - sql</summary>
        [Stj::Serialization.JsonPropertyName("script_language")]
        public required ScriptLanguageCheckScript ScriptLanguage { get; init; }

        /// <summary>脚本参数 / Script param</summary>
        [Stj::Serialization.JsonPropertyName("script_param")]
        public required string ScriptParam { get; init; }

        /// <summary>脚本超时时间，单位为秒 / Script timeout，Unit in seconds</summary>
        [Stj::Serialization.JsonPropertyName("script_timeout")]
        public required int ScriptTimeout { get; init; }

        /// <summary><c>account</c>.</summary>
        [Stj::Serialization.JsonPropertyName("account")]
        public required AccountGetStepInstanceDetail Account { get; init; }

        /// <summary><c>server</c>.</summary>
        [Stj::Serialization.JsonPropertyName("server")]
        public required ServerInfoGetStepInstanceDetail Server { get; init; }

        /// <summary>参数是否为敏感参数：0-不敏感，1-敏感 / Is the parameter sensitive? Parameters: 0- insensitive, 1- sensitive</summary>
        [Stj::Serialization.JsonPropertyName("is_param_sensitive")]
        public required IsParamSensitive IsParamSensitive { get; init; }

        /// <summary>是否忽略错误：0-不忽略，1-忽略 / Is ignore error：0- Do not ignore, 1- Ignore</summary>
        [Stj::Serialization.JsonPropertyName("is_ignore_error")]
        public required IsIgnoreError IsIgnoreError { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.Listed(ScriptType, ScriptTypeJsonConverter.IsListed(ScriptType), ScriptTypeJsonConverter.ListedValues, path, "script_type")) return false;
            if (!validator.Listed(ScriptLanguage, ScriptLanguageCheckScriptJsonConverter.IsListed(ScriptLanguage), ScriptLanguageCheckScriptJsonConverter.ListedValues, path, "script_language")) return false;
            if (Account?.Validate(validator, validator.PathOf(path, "account")) == false) return false;
            if (Server?.Validate(validator, validator.PathOf(path, "server")) == false) return false;
            if (!validator.Listed(IsParamSensitive, IsParamSensitiveJsonConverter.IsListed(IsParamSensitive), IsParamSensitiveJsonConverter.ListedValues, path, "is_param_sensitive")) return false;
            if (!validator.Listed(IsIgnoreError, IsIgnoreErrorJsonConverter.IsListed(IsIgnoreError), IsIgnoreErrorJsonConverter.ListedValues, path, "is_ignore_error")) return false;
            return true;
        }
    }

    /// <summary>脚本类型：1-本地脚本，2-引用业务脚本，3-引用公共脚本 / Script type：1-Local script, 2-Reference business script, 3-Reference public script</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum ScriptType : int
    {
        /// <summary>本地脚本 / Local script</summary>
        LocalScript = 1,

        /// <summary>引用业务脚本 / Reference business script</summary>
        ReferenceBusinessScript = 2,

        /// <summary>引用公共脚本 / Reference public script</summary>
        ReferencePublicScript = 3,
    }

    /// <summary>The <c>server_get_step_instance_detail</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record ServerInfoGetStepInstanceDetail
    {
        /// <summary>引用的全局变量名称</summary>
        [Stj::Serialization.JsonPropertyName("variable")]
        public string? Variable { get; init; }

        /// <summary>主机列表，元素详情见host对象定义 / Static IP list, see ip for definition. Deprecated, it is recommended to use the host_id_list parameter; if host_id_list and ip_list exist at the same time, the ip_list parameter will be ignored.</summary>
        [Stj::Serialization.JsonPropertyName("ip_list")]
        public Scg::IReadOnlyList<Stj::JsonElement> IpList { get; init; } = [];

        /// <summary>拓扑节点列表，元素详情见topo_node对象定义 / Dynamic topo node list, see topo_node for definition</summary>
        [Stj::Serialization.JsonPropertyName("topo_node_list")]
        public Scg::IReadOnlyList<TopoNodeGetStepInstanceDetail> TopoNodeList { get; init; } = [];

        /// <summary>动态分组列表，元素详情见dynamic_group对象定义 / Dynamic grouping list, see dynamic_group for definition</summary>
        [Stj::Serialization.JsonPropertyName("dynamic_group_list")]
        public Scg::IReadOnlyList<DynamicGroupGetStepInstanceDetail> DynamicGroupList { get; init; } = [];

        /// <summary><c>server</c>.</summary>
        [Stj::Serialization.JsonPropertyName("server")]
        public ServerInfoGetStepInstanceDetail? Server { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (TopoNodeList is { } topoNodeListValue)
            {
                for (var i = 0; i < topoNodeListValue.Count; i++)
                {
                    if (!validator.NotNullItem(topoNodeListValue[i], path, "topo_node_list", i)) return false;
                    if (topoNodeListValue[i]?.Validate(validator, validator.PathOf(path, "topo_node_list", i)) == false) return false;
                }
            }

            if (DynamicGroupList is { } dynamicGroupListValue)
            {
                for (var i = 0; i < dynamicGroupListValue.Count; i++)
                {
                    if (!validator.NotNullItem(dynamicGroupListValue[i], path, "dynamic_group_list", i)) return false;
                    if (dynamicGroupListValue[i]?.Validate(validator, validator.PathOf(path, "dynamic_group_list", i)) == false) return false;
                }
            }

            if (Server?.Validate(validator, validator.PathOf(path, "server")) == false) return false;
            return true;
        }
    }

    /// <summary>The <c>server_system_fast_execute_script</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record ServerSystemFastExecuteScript
    {
        /// <summary>主机ID列表 / Host ID list</summary>
        [Stj::Serialization.JsonPropertyName("host_id_list")]
        public Scg::IReadOnlyList<long>? HostIdList { get; init; }

        /// <summary>不推荐使用，建议使用host_id_list参数。主机IP 列表，定义见ip / Static IP list, see ip for definition. Deprecated, it is recommended to use the host_id_list parameter; if host_id_list and ip_list exist at the same time, the ip_list parameter will be ignored.</summary>
        [Stj::Serialization.JsonPropertyName("ip_list")]
        public Scg::IReadOnlyList<HostFastExecuteSql>? IpList { get; init; }

        /// <summary>动态分组列表，定义见dynamic_group / Dynamic grouping list, see dynamic_group for definition</summary>
        [Stj::Serialization.JsonPropertyName("dynamic_group_list")]
        public Scg::IReadOnlyList<DynamicGroupFastExecuteSql>? DynamicGroupList { get; init; }

        /// <summary>动态 topo 节点列表，定义见topo_node / Dynamic topo node list, see topo_node for definition</summary>
        [Stj::Serialization.JsonPropertyName("topo_node_list")]
        public Scg::IReadOnlyList<TopoNodeList>? TopoNodeList { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (IpList is { } ipListValue)
            {
                for (var i = 0; i < ipListValue.Count; i++)
                {
                    if (!validator.NotNullItem(ipListValue[i], path, "ip_list", i)) return false;
                    if (ipListValue[i]?.Validate(validator, validator.PathOf(path, "ip_list", i)) == false) return false;
                }
            }

            if (DynamicGroupList is { } dynamicGroupListValue)
            {
                for (var i = 0; i < dynamicGroupListValue.Count; i++)
                {
                    if (!validator.NotNullItem(dynamicGroupListValue[i], path, "dynamic_group_list", i)) return false;
                    if (dynamicGroupListValue[i]?.Validate(validator, validator.PathOf(path, "dynamic_group_list", i)) == false) return false;
                }
            }

            if (TopoNodeList is { } topoNodeListValue)
            {
                for (var i = 0; i < topoNodeListValue.Count; i++)
                {
                    if (!validator.NotNullItem(topoNodeListValue[i], path, "topo_node_list", i)) return false;
                    if (topoNodeListValue[i]?.Validate(validator, validator.PathOf(path, "topo_node_list", i)) == false) return false;
                }
            }

            return true;
        }
    }

    /// <summary>作业步骤状态码: 1.等待执行; 2.正在执行; 3.执行成功; 4.执行失败; 5.跳过; 6.忽略错误; 7.等待用户; 8.手动结束; 9.状态异常; 10.步骤强制终止中; 11.步骤强制终止成功; 12.步骤强制终止失败; 13.确认终止; 14.被丢弃; 15.滚动等待 / Step status code. 1 - Pending; 2 - Running 3 - Successful; 4 - Failed; 5 - Skipped; 6 - Ignore Error; 7 - Waiting; 8 - Terminated; 9 - Abnormal; 10 - Terminating; 11 - Terminate Success; 13 - Termination Confirmed; 14 - Abandoned</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum StepInstanceStatus : int
    {
        /// <summary>等待执行 / Pending</summary>
        Pending = 1,

        /// <summary>正在执行 / Running</summary>
        Running = 2,

        /// <summary>执行成功 / Successful</summary>
        Successful = 3,

        /// <summary>执行失败 / Failed</summary>
        Failed = 4,

        /// <summary>跳过 / Skipped</summary>
        Skipped = 5,

        /// <summary>忽略错误 / Ignore Error</summary>
        IgnoreError = 6,

        /// <summary>等待用户 / Waiting</summary>
        Waiting = 7,

        /// <summary>手动结束 / Terminated</summary>
        Terminated = 8,

        /// <summary>状态异常 / Abnormal</summary>
        Abnormal = 9,

        /// <summary>步骤强制终止中 / Terminating</summary>
        Terminating = 10,

        /// <summary>步骤强制终止成功 / Terminate Success</summary>
        TerminateSuccess = 11,

        /// <summary>步骤强制终止失败</summary>
        StepForceTerminateFailed = 12,

        /// <summary>确认终止 / Termination Confirmed</summary>
        TerminationConfirmed = 13,

        /// <summary>被丢弃 / Abandoned</summary>
        Abandoned = 14,

        /// <summary>滚动等待</summary>
        RollingWaiting = 15,
    }

    /// <summary>步骤类型：1.脚本步骤; 2.文件步骤; 3.人工确认步骤; 4.SQL步骤 / Step Type: 1. Script step; 2. File step; 4. SQL step</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum StepInstanceType : int
    {
        /// <summary>脚本步骤 / Script step</summary>
        ScriptStep = 1,

        /// <summary>文件步骤 / File step</summary>
        FileStep = 2,

        /// <summary>人工确认步骤</summary>
        ManualConfirmationStep = 3,

        /// <summary>SQL步骤 / SQL step</summary>
        SqlStep = 4,
    }

    /// <summary>The <c>step_result_group</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record StepResultGroup
    {
        /// <summary>分组类型 / Group type</summary>
        [Stj::Serialization.JsonPropertyName("result_type")]
        public required int ResultType { get; init; }

        /// <summary>分组类型描述 / Group type describe</summary>
        [Stj::Serialization.JsonPropertyName("result_type_desc")]
        public required string ResultTypeDesc { get; init; }

        /// <summary>分组标签 / Tag</summary>
        [Stj::Serialization.JsonPropertyName("tag")]
        public required string Tag { get; init; }

        /// <summary>分组内主机总量 / Total number of hosts within the group</summary>
        [Stj::Serialization.JsonPropertyName("host_size")]
        public required int HostSize { get; init; }

        /// <summary>每个分组内的主机任务执行结果列表，元素定义见host_result / List of host task execution results within each group，see host_result definition</summary>
        [Stj::Serialization.JsonPropertyName("host_result_list")]
        public Scg::IReadOnlyList<HostResult> HostResultList { get; init; } = [];

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (HostResultList is { } hostResultListValue)
            {
                for (var i = 0; i < hostResultListValue.Count; i++)
                {
                    if (!validator.NotNullItem(hostResultListValue[i], path, "host_result_list", i)) return false;
                    if (hostResultListValue[i]?.Validate(validator, validator.PathOf(path, "host_result_list", i)) == false) return false;
                }
            }

            return true;
        }
    }

    /// <summary>The <c>topo_node_get_step_instance_detail</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record TopoNodeGetStepInstanceDetail
    {
        /// <summary>动态topo节点类型，对应CMDB API中的 bk_obj_id，例如module、set等 / Dynamic topo node type, corresponding to bk_obj_id in CMDB API, such as "module" and "set"</summary>
        [Stj::Serialization.JsonPropertyName("node_type")]
        public required string NodeType { get; init; }

        /// <summary>动态topo节点ID，对应CMDB API中的 bk_inst_id / Dynamic topo node ID, corresponding to bk_inst_id in CMDB API</summary>
        [Stj::Serialization.JsonPropertyName("id")]
        public required int Id { get; init; }

        /// <summary>This object has no rules of its own: always valid (the objects that hold it call it).</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path) => true;
    }

    /// <summary>The <c>topo_node_list</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record TopoNodeList
    {
        /// <summary>动态topo节点ID，对应CMDB API 中的 bk_inst_id / Dynamic topo node ID, corresponding to bk_inst_id in CMDB API</summary>
        [Stj::Serialization.JsonPropertyName("id")]
        public required long? Id { get; init; }

        /// <summary>动态topo节点类型，对应CMDB API 中的 bk_obj_id,比如"module","set" / Dynamic topo node type, corresponding to bk_obj_id in CMDB API, such as "module" and "set"</summary>
        [Stj::Serialization.JsonPropertyName("node_type")]
        public required string? NodeType { get; init; }

        /// <summary>Checks this object's rules (paths under <paramref name="path"/>); false at the first problem with <see cref="Bk::Validation.BkValidator.FailFast"/>.</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path)
        {
            if (!validator.NotNull(Id, path, "id")) return false;
            if (!validator.NotNull(NodeType, path, "node_type")) return false;
            return true;
        }
    }

    /// <summary>The <c>topo_node_system_get_cron_detail</c> object.</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial record TopoNodeSystemGetCronDetail
    {
        /// <summary>动态topo节点ID，对应CMDB API 中的 bk_inst_id / Dynamic topo node ID, corresponding to bk_inst_id in CMDB API</summary>
        [Stj::Serialization.JsonPropertyName("id")]
        public required long Id { get; init; }

        /// <summary>动态topo节点类型，对应CMDB API 中的 bk_obj_id,比如"module","set" / Dynamic topo node type, corresponding to bk_obj_id in CMDB API, such as "module" and "set"</summary>
        [Stj::Serialization.JsonPropertyName("node_type")]
        public required string NodeType { get; init; }

        /// <summary>This object has no rules of its own: always valid (the objects that hold it call it).</summary>
        internal bool Validate(Bk::Validation.BkValidator validator, string path) => true;
    }

    /// <summary>传输模式： 1-严谨模式，2-强制模式，3-安全模式 / Transfer mode： 1- Strict mode, 2- Mandatory mode, 3- Safe mode</summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public enum TransferModeGetStepInstanceDetail : int
    {
        /// <summary>严谨模式 / Strict mode</summary>
        StrictMode = 1,

        /// <summary>强制模式 / Mandatory mode</summary>
        MandatoryMode = 2,

        /// <summary>安全模式 / Safe mode</summary>
        SafeMode = 3,
    }
