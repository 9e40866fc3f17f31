    // Their JSON metadata and converters.
    /// <summary>
    /// Serialization metadata for the definitions of <c>common.bkapi.json</c>, built without reflection so that it works trimmed and under NativeAOT.
    /// Use it with the <c>JsonTypeInfo</c> overloads of <see cref="global::System.Text.Json.JsonSerializer"/>, or as a type info resolver.
    /// </summary>
    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    public sealed partial class CommonJsonContext : Stj::Serialization.JsonSerializerContext
    {
        private static readonly Stj::JsonSerializerOptions s_defaultOptions = new(Stj::JsonSerializerDefaults.General);
        private static CommonJsonContext? s_default;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScopeType>? _scopeType;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.Host>? _host;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.DynamicGroup>? _dynamicGroup;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.TopoNode>? _topoNode;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.Server>? _server;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.Account>? _account;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.GlobalVar>? _globalVar;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileSource>? _fileSource;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileSourceType>? _fileSourceType;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.TransferMode>? _transferMode;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScriptLanguage>? _scriptLanguage;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.StepType>? _stepType;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.RunStatus>? _runStatus;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.LogType>? _logType;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileLog>? _fileLog;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileLogMode>? _fileLogMode;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileLogStatus>? _fileLogStatus;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.JobV3Action>? _jobV3Action;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.DynamicGroupFastExecuteSql>? _dynamicGroupFastExecuteSql;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.HostFastExecuteSql>? _hostFastExecuteSql;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScriptLanguageCheckScript>? _scriptLanguageCheckScript;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScriptLanguageGetPublicScriptVersionDetail>? _scriptLanguageGetPublicScriptVersionDetail;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.TopoNodeFastExecuteSql>? _topoNodeFastExecuteSql;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.TopoNodeGetCronDetail>? _topoNodeGetCronDetail;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.DynamicGroupSaveCron>? _dynamicGroupSaveCron;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.AccountGetStepInstanceDetail>? _accountGetStepInstanceDetail;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ApprovalInfo>? _approvalInfo;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.Container>? _container;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.DataStatus>? _dataStatus;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.DynamicGroupGetStepInstanceDetail>? _dynamicGroupGetStepInstanceDetail;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ErrorCode>? _errorCode;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ExecuteObject>? _executeObject;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ExecuteObjectContainer>? _executeObjectContainer;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ExecuteObjectHost>? _executeObjectHost;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ExecuteObjectType>? _executeObjectType;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ExecutionMode>? _executionMode;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileDestinationGetStepInstanceDetail>? _fileDestinationGetStepInstanceDetail;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.JobV3FileInfo>? _jobV3FileInfo;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileSourceGetStepInstanceDetail>? _fileSourceGetStepInstanceDetail;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileType>? _fileType;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.HostResult>? _hostResult;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.HostResultStatus>? _hostResultStatus;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.HostSystemBkciPluginBatchGetJobInstanceExecuteObjectLog>? _hostSystemBkciPluginBatchGetJobInstanceExecuteObjectLog;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.IsIgnoreError>? _isIgnoreError;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.IsParamSensitive>? _isParamSensitive;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus>? _jobInstanceStatusSystemBkciPluginGetJobInstanceStatus;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.JobInstanceSystemBkciPluginGetJobInstanceStatus>? _jobInstanceSystemBkciPluginGetJobInstanceStatus;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.LogTypeSystemBatchGetJobInstanceIpLog>? _logTypeSystemBatchGetJobInstanceIpLog;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.RollingConfigMode>? _rollingConfigMode;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.RollingConfigType>? _rollingConfigType;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScriptInfo>? _scriptInfo;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScriptType>? _scriptType;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ServerInfoGetStepInstanceDetail>? _serverInfoGetStepInstanceDetail;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ServerSystemFastExecuteScript>? _serverSystemFastExecuteScript;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.StepInstanceStatus>? _stepInstanceStatus;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.StepInstanceType>? _stepInstanceType;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.StepResultGroup>? _stepResultGroup;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.TopoNodeGetStepInstanceDetail>? _topoNodeGetStepInstanceDetail;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.TopoNodeList>? _topoNodeList;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.TopoNodeSystemGetCronDetail>? _topoNodeSystemGetCronDetail;
        private Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.TransferModeGetStepInstanceDetail>? _transferModeGetStepInstanceDetail;

        /// <summary>Creates a context with its own copy of the default options.</summary>
        public CommonJsonContext() : base(new Stj::JsonSerializerOptions(s_defaultOptions)) { }

        /// <summary>Creates a context bound to <paramref name="options"/> (which must not be in use yet).</summary>
        public CommonJsonContext(Stj::JsonSerializerOptions options) : base(options) { }

        /// <summary>The shared instance.</summary>
        public static CommonJsonContext Default => s_default ??= new CommonJsonContext();

        /// <summary>Metadata for <see cref="Consumer.JobV3.ScopeType"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScopeType> ScopeType => _scopeType ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ScopeTypeJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.Host"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.Host> Host => _host ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.HostJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.DynamicGroup"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.DynamicGroup> DynamicGroup => _dynamicGroup ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.DynamicGroupJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.TopoNode"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.TopoNode> TopoNode => _topoNode ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.TopoNodeJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.Server"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.Server> Server => _server ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ServerJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.Account"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.Account> Account => _account ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.AccountJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.GlobalVar"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.GlobalVar> GlobalVar => _globalVar ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.GlobalVarJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.FileSource"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileSource> FileSource => _fileSource ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.FileSourceJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.FileSourceType"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileSourceType> FileSourceType => _fileSourceType ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.FileSourceTypeJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.TransferMode"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.TransferMode> TransferMode => _transferMode ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.TransferModeJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ScriptLanguage"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScriptLanguage> ScriptLanguage => _scriptLanguage ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ScriptLanguageJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.StepType"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.StepType> StepType => _stepType ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.StepTypeJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.RunStatus"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.RunStatus> RunStatus => _runStatus ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.RunStatusJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.LogType"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.LogType> LogType => _logType ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.LogTypeJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.FileLog"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileLog> FileLog => _fileLog ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.FileLogJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.FileLogMode"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileLogMode> FileLogMode => _fileLogMode ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.FileLogModeJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.FileLogStatus"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileLogStatus> FileLogStatus => _fileLogStatus ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.FileLogStatusJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.JobV3Action"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.JobV3Action> JobV3Action => _jobV3Action ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.JobV3ActionJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.DynamicGroupFastExecuteSql"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.DynamicGroupFastExecuteSql> DynamicGroupFastExecuteSql => _dynamicGroupFastExecuteSql ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.DynamicGroupFastExecuteSqlJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.HostFastExecuteSql"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.HostFastExecuteSql> HostFastExecuteSql => _hostFastExecuteSql ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.HostFastExecuteSqlJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ScriptLanguageCheckScript"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScriptLanguageCheckScript> ScriptLanguageCheckScript => _scriptLanguageCheckScript ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ScriptLanguageCheckScriptJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ScriptLanguageGetPublicScriptVersionDetail"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScriptLanguageGetPublicScriptVersionDetail> ScriptLanguageGetPublicScriptVersionDetail => _scriptLanguageGetPublicScriptVersionDetail ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ScriptLanguageGetPublicScriptVersionDetailJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.TopoNodeFastExecuteSql"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.TopoNodeFastExecuteSql> TopoNodeFastExecuteSql => _topoNodeFastExecuteSql ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.TopoNodeFastExecuteSqlJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.TopoNodeGetCronDetail"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.TopoNodeGetCronDetail> TopoNodeGetCronDetail => _topoNodeGetCronDetail ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.TopoNodeGetCronDetailJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.DynamicGroupSaveCron"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.DynamicGroupSaveCron> DynamicGroupSaveCron => _dynamicGroupSaveCron ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.DynamicGroupSaveCronJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.AccountGetStepInstanceDetail"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.AccountGetStepInstanceDetail> AccountGetStepInstanceDetail => _accountGetStepInstanceDetail ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.AccountGetStepInstanceDetailJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ApprovalInfo"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ApprovalInfo> ApprovalInfo => _approvalInfo ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ApprovalInfoJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.Container"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.Container> Container => _container ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ContainerJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.DataStatus"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.DataStatus> DataStatus => _dataStatus ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.DataStatusJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.DynamicGroupGetStepInstanceDetail"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.DynamicGroupGetStepInstanceDetail> DynamicGroupGetStepInstanceDetail => _dynamicGroupGetStepInstanceDetail ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.DynamicGroupGetStepInstanceDetailJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ErrorCode"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ErrorCode> ErrorCode => _errorCode ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ErrorCodeJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ExecuteObject"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ExecuteObject> ExecuteObject => _executeObject ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ExecuteObjectJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ExecuteObjectContainer"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ExecuteObjectContainer> ExecuteObjectContainer => _executeObjectContainer ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ExecuteObjectContainerJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ExecuteObjectHost"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ExecuteObjectHost> ExecuteObjectHost => _executeObjectHost ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ExecuteObjectHostJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ExecuteObjectType"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ExecuteObjectType> ExecuteObjectType => _executeObjectType ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ExecuteObjectTypeJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ExecutionMode"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ExecutionMode> ExecutionMode => _executionMode ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ExecutionModeJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.FileDestinationGetStepInstanceDetail"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileDestinationGetStepInstanceDetail> FileDestinationGetStepInstanceDetail => _fileDestinationGetStepInstanceDetail ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.FileDestinationGetStepInstanceDetailJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.JobV3FileInfo"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.JobV3FileInfo> JobV3FileInfo => _jobV3FileInfo ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.JobV3FileInfoJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.FileSourceGetStepInstanceDetail"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileSourceGetStepInstanceDetail> FileSourceGetStepInstanceDetail => _fileSourceGetStepInstanceDetail ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.FileSourceGetStepInstanceDetailJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.FileType"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.FileType> FileType => _fileType ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.FileTypeJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.HostResult"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.HostResult> HostResult => _hostResult ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.HostResultJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.HostResultStatus"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.HostResultStatus> HostResultStatus => _hostResultStatus ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.HostResultStatusJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.HostSystemBkciPluginBatchGetJobInstanceExecuteObjectLog"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.HostSystemBkciPluginBatchGetJobInstanceExecuteObjectLog> HostSystemBkciPluginBatchGetJobInstanceExecuteObjectLog => _hostSystemBkciPluginBatchGetJobInstanceExecuteObjectLog ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.HostSystemBkciPluginBatchGetJobInstanceExecuteObjectLogJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.IsIgnoreError"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.IsIgnoreError> IsIgnoreError => _isIgnoreError ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.IsIgnoreErrorJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.IsParamSensitive"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.IsParamSensitive> IsParamSensitive => _isParamSensitive ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.IsParamSensitiveJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus> JobInstanceStatusSystemBkciPluginGetJobInstanceStatus => _jobInstanceStatusSystemBkciPluginGetJobInstanceStatus ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatusJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.JobInstanceSystemBkciPluginGetJobInstanceStatus"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.JobInstanceSystemBkciPluginGetJobInstanceStatus> JobInstanceSystemBkciPluginGetJobInstanceStatus => _jobInstanceSystemBkciPluginGetJobInstanceStatus ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.JobInstanceSystemBkciPluginGetJobInstanceStatusJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.LogTypeSystemBatchGetJobInstanceIpLog"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.LogTypeSystemBatchGetJobInstanceIpLog> LogTypeSystemBatchGetJobInstanceIpLog => _logTypeSystemBatchGetJobInstanceIpLog ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.LogTypeSystemBatchGetJobInstanceIpLogJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.RollingConfigMode"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.RollingConfigMode> RollingConfigMode => _rollingConfigMode ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.RollingConfigModeJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.RollingConfigType"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.RollingConfigType> RollingConfigType => _rollingConfigType ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.RollingConfigTypeJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ScriptInfo"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScriptInfo> ScriptInfo => _scriptInfo ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ScriptInfoJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ScriptType"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ScriptType> ScriptType => _scriptType ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ScriptTypeJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ServerInfoGetStepInstanceDetail"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ServerInfoGetStepInstanceDetail> ServerInfoGetStepInstanceDetail => _serverInfoGetStepInstanceDetail ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ServerInfoGetStepInstanceDetailJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.ServerSystemFastExecuteScript"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.ServerSystemFastExecuteScript> ServerSystemFastExecuteScript => _serverSystemFastExecuteScript ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.ServerSystemFastExecuteScriptJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.StepInstanceStatus"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.StepInstanceStatus> StepInstanceStatus => _stepInstanceStatus ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.StepInstanceStatusJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.StepInstanceType"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.StepInstanceType> StepInstanceType => _stepInstanceType ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.StepInstanceTypeJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.StepResultGroup"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.StepResultGroup> StepResultGroup => _stepResultGroup ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.StepResultGroupJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.TopoNodeGetStepInstanceDetail"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.TopoNodeGetStepInstanceDetail> TopoNodeGetStepInstanceDetail => _topoNodeGetStepInstanceDetail ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.TopoNodeGetStepInstanceDetailJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.TopoNodeList"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.TopoNodeList> TopoNodeList => _topoNodeList ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.TopoNodeListJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.TopoNodeSystemGetCronDetail"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.TopoNodeSystemGetCronDetail> TopoNodeSystemGetCronDetail => _topoNodeSystemGetCronDetail ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.TopoNodeSystemGetCronDetailJsonConverter.Instance);
        /// <summary>Metadata for <see cref="Consumer.JobV3.TransferModeGetStepInstanceDetail"/>.</summary>
        public Stj::Serialization.Metadata.JsonTypeInfo<global::Consumer.JobV3.TransferModeGetStepInstanceDetail> TransferModeGetStepInstanceDetail => _transferModeGetStepInstanceDetail ??= Bk::Serialization.BkTypeInfo.Create(this, global::Consumer.JobV3.TransferModeGetStepInstanceDetailJsonConverter.Instance);

        /// <inheritdoc />
        protected override Stj::JsonSerializerOptions? GeneratedSerializerOptions => s_defaultOptions;

        /// <inheritdoc />
        public override Stj::Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type)
        {
            if (type == typeof(global::Consumer.JobV3.ScopeType)) return ScopeType;
            if (type == typeof(global::Consumer.JobV3.Host)) return Host;
            if (type == typeof(global::Consumer.JobV3.DynamicGroup)) return DynamicGroup;
            if (type == typeof(global::Consumer.JobV3.TopoNode)) return TopoNode;
            if (type == typeof(global::Consumer.JobV3.Server)) return Server;
            if (type == typeof(global::Consumer.JobV3.Account)) return Account;
            if (type == typeof(global::Consumer.JobV3.GlobalVar)) return GlobalVar;
            if (type == typeof(global::Consumer.JobV3.FileSource)) return FileSource;
            if (type == typeof(global::Consumer.JobV3.FileSourceType)) return FileSourceType;
            if (type == typeof(global::Consumer.JobV3.TransferMode)) return TransferMode;
            if (type == typeof(global::Consumer.JobV3.ScriptLanguage)) return ScriptLanguage;
            if (type == typeof(global::Consumer.JobV3.StepType)) return StepType;
            if (type == typeof(global::Consumer.JobV3.RunStatus)) return RunStatus;
            if (type == typeof(global::Consumer.JobV3.LogType)) return LogType;
            if (type == typeof(global::Consumer.JobV3.FileLog)) return FileLog;
            if (type == typeof(global::Consumer.JobV3.FileLogMode)) return FileLogMode;
            if (type == typeof(global::Consumer.JobV3.FileLogStatus)) return FileLogStatus;
            if (type == typeof(global::Consumer.JobV3.JobV3Action)) return JobV3Action;
            if (type == typeof(global::Consumer.JobV3.DynamicGroupFastExecuteSql)) return DynamicGroupFastExecuteSql;
            if (type == typeof(global::Consumer.JobV3.HostFastExecuteSql)) return HostFastExecuteSql;
            if (type == typeof(global::Consumer.JobV3.ScriptLanguageCheckScript)) return ScriptLanguageCheckScript;
            if (type == typeof(global::Consumer.JobV3.ScriptLanguageGetPublicScriptVersionDetail)) return ScriptLanguageGetPublicScriptVersionDetail;
            if (type == typeof(global::Consumer.JobV3.TopoNodeFastExecuteSql)) return TopoNodeFastExecuteSql;
            if (type == typeof(global::Consumer.JobV3.TopoNodeGetCronDetail)) return TopoNodeGetCronDetail;
            if (type == typeof(global::Consumer.JobV3.DynamicGroupSaveCron)) return DynamicGroupSaveCron;
            if (type == typeof(global::Consumer.JobV3.AccountGetStepInstanceDetail)) return AccountGetStepInstanceDetail;
            if (type == typeof(global::Consumer.JobV3.ApprovalInfo)) return ApprovalInfo;
            if (type == typeof(global::Consumer.JobV3.Container)) return Container;
            if (type == typeof(global::Consumer.JobV3.DataStatus)) return DataStatus;
            if (type == typeof(global::Consumer.JobV3.DynamicGroupGetStepInstanceDetail)) return DynamicGroupGetStepInstanceDetail;
            if (type == typeof(global::Consumer.JobV3.ErrorCode)) return ErrorCode;
            if (type == typeof(global::Consumer.JobV3.ExecuteObject)) return ExecuteObject;
            if (type == typeof(global::Consumer.JobV3.ExecuteObjectContainer)) return ExecuteObjectContainer;
            if (type == typeof(global::Consumer.JobV3.ExecuteObjectHost)) return ExecuteObjectHost;
            if (type == typeof(global::Consumer.JobV3.ExecuteObjectType)) return ExecuteObjectType;
            if (type == typeof(global::Consumer.JobV3.ExecutionMode)) return ExecutionMode;
            if (type == typeof(global::Consumer.JobV3.FileDestinationGetStepInstanceDetail)) return FileDestinationGetStepInstanceDetail;
            if (type == typeof(global::Consumer.JobV3.JobV3FileInfo)) return JobV3FileInfo;
            if (type == typeof(global::Consumer.JobV3.FileSourceGetStepInstanceDetail)) return FileSourceGetStepInstanceDetail;
            if (type == typeof(global::Consumer.JobV3.FileType)) return FileType;
            if (type == typeof(global::Consumer.JobV3.HostResult)) return HostResult;
            if (type == typeof(global::Consumer.JobV3.HostResultStatus)) return HostResultStatus;
            if (type == typeof(global::Consumer.JobV3.HostSystemBkciPluginBatchGetJobInstanceExecuteObjectLog)) return HostSystemBkciPluginBatchGetJobInstanceExecuteObjectLog;
            if (type == typeof(global::Consumer.JobV3.IsIgnoreError)) return IsIgnoreError;
            if (type == typeof(global::Consumer.JobV3.IsParamSensitive)) return IsParamSensitive;
            if (type == typeof(global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus)) return JobInstanceStatusSystemBkciPluginGetJobInstanceStatus;
            if (type == typeof(global::Consumer.JobV3.JobInstanceSystemBkciPluginGetJobInstanceStatus)) return JobInstanceSystemBkciPluginGetJobInstanceStatus;
            if (type == typeof(global::Consumer.JobV3.LogTypeSystemBatchGetJobInstanceIpLog)) return LogTypeSystemBatchGetJobInstanceIpLog;
            if (type == typeof(global::Consumer.JobV3.RollingConfigMode)) return RollingConfigMode;
            if (type == typeof(global::Consumer.JobV3.RollingConfigType)) return RollingConfigType;
            if (type == typeof(global::Consumer.JobV3.ScriptInfo)) return ScriptInfo;
            if (type == typeof(global::Consumer.JobV3.ScriptType)) return ScriptType;
            if (type == typeof(global::Consumer.JobV3.ServerInfoGetStepInstanceDetail)) return ServerInfoGetStepInstanceDetail;
            if (type == typeof(global::Consumer.JobV3.ServerSystemFastExecuteScript)) return ServerSystemFastExecuteScript;
            if (type == typeof(global::Consumer.JobV3.StepInstanceStatus)) return StepInstanceStatus;
            if (type == typeof(global::Consumer.JobV3.StepInstanceType)) return StepInstanceType;
            if (type == typeof(global::Consumer.JobV3.StepResultGroup)) return StepResultGroup;
            if (type == typeof(global::Consumer.JobV3.TopoNodeGetStepInstanceDetail)) return TopoNodeGetStepInstanceDetail;
            if (type == typeof(global::Consumer.JobV3.TopoNodeList)) return TopoNodeList;
            if (type == typeof(global::Consumer.JobV3.TopoNodeSystemGetCronDetail)) return TopoNodeSystemGetCronDetail;
            if (type == typeof(global::Consumer.JobV3.TransferModeGetStepInstanceDetail)) return TransferModeGetStepInstanceDetail;
            return null;
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ScopeTypeJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.ScopeType>
    {
        public static readonly ScopeTypeJsonConverter Instance = new();
        internal const string ListedValues = "biz, biz_set (or a newer value the server knows)";

        public override global::Consumer.JobV3.ScopeType Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
            => new global::Consumer.JobV3.ScopeType(Bk::Serialization.BkJson.ReadString(ref reader, "scope_type"));

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.ScopeType value, Stj::JsonSerializerOptions options)
            => writer.WriteStringValue(value.Value);

        /// <summary>True when <paramref name="value"/> is absent or has a value (a default instance has none): what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.ScopeType? value) => value is null || value.GetValueOrDefault().Value is not null;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class HostJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.Host>
    {
        public static readonly HostJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_hostIdName = Stj::JsonEncodedText.Encode("bk_host_id"u8);
        private static readonly Stj::JsonEncodedText s_cloudIdName = Stj::JsonEncodedText.Encode("bk_cloud_id"u8);
        private static readonly Stj::JsonEncodedText s_ipName = Stj::JsonEncodedText.Encode("ip"u8);

        public override global::Consumer.JobV3.Host Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "ip");
            long? hostIdValue = default;
            long? cloudIdValue = default;
            string? ipValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("bk_host_id"u8))
                    hostIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "ip.bk_host_id");
                else if (reader.ValueTextEquals("bk_cloud_id"u8))
                    cloudIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "ip.bk_cloud_id");
                else if (reader.ValueTextEquals("ip"u8))
                    ipValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "ip.ip");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.Host
            {
                HostId = hostIdValue,
                CloudId = cloudIdValue,
                Ip = ipValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.Host value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.HostId is { } hostIdValue) writer.WriteNumber(s_hostIdName, hostIdValue);
            if (value.CloudId is { } cloudIdValue) writer.WriteNumber(s_cloudIdName, cloudIdValue);
            if (value.Ip is { } ipValue) writer.WriteString(s_ipName, ipValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class DynamicGroupJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.DynamicGroup>
    {
        public static readonly DynamicGroupJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_idName = Stj::JsonEncodedText.Encode("id"u8);

        public override global::Consumer.JobV3.DynamicGroup Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "dynamic_group");
            string? idValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("id"u8))
                    idValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "dynamic_group.id");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.DynamicGroup
            {
                Id = idValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.DynamicGroup value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Id is { } idValue) writer.WriteString(s_idName, idValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class TopoNodeJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.TopoNode>
    {
        public static readonly TopoNodeJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_idName = Stj::JsonEncodedText.Encode("id"u8);
        private static readonly Stj::JsonEncodedText s_nodeTypeName = Stj::JsonEncodedText.Encode("node_type"u8);

        public override global::Consumer.JobV3.TopoNode Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "topo_node");
            long? idValue = default;
            string? nodeTypeValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("id"u8))
                    idValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "topo_node.id");
                else if (reader.ValueTextEquals("node_type"u8))
                    nodeTypeValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "topo_node.node_type");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.TopoNode
            {
                Id = idValue,
                NodeType = nodeTypeValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.TopoNode value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Id is { } idValue) writer.WriteNumber(s_idName, idValue);
            if (value.NodeType is { } nodeTypeValue) writer.WriteString(s_nodeTypeName, nodeTypeValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ServerJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.Server>
    {
        public static readonly ServerJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_variableName = Stj::JsonEncodedText.Encode("variable"u8);
        private static readonly Stj::JsonEncodedText s_hostIdListName = Stj::JsonEncodedText.Encode("host_id_list"u8);
        private static readonly Stj::JsonEncodedText s_ipListName = Stj::JsonEncodedText.Encode("ip_list"u8);
        private static readonly Stj::JsonEncodedText s_dynamicGroupListName = Stj::JsonEncodedText.Encode("dynamic_group_list"u8);
        private static readonly Stj::JsonEncodedText s_topoNodeListName = Stj::JsonEncodedText.Encode("topo_node_list"u8);

        public override global::Consumer.JobV3.Server Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "server");
            string? variableValue = default;
            global::System.Collections.Generic.IReadOnlyList<long>? hostIdListValue = default;
            global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.Host>? ipListValue = default;
            global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.DynamicGroup>? dynamicGroupListValue = default;
            global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.TopoNode>? topoNodeListValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("variable"u8))
                    variableValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "server.variable");
                else if (reader.ValueTextEquals("host_id_list"u8))
                    hostIdListValue = Bk::Serialization.BkJson.ReadNullableList(ref reader, Bk::Serialization.BkScalarConverters.Int64, options, "server.host_id_list", elementsNullable: false);
                else if (reader.ValueTextEquals("ip_list"u8))
                    ipListValue = Bk::Serialization.BkJson.ReadNullableList(ref reader, global::Consumer.JobV3.HostJsonConverter.Instance, options, "server.ip_list", elementsNullable: false);
                else if (reader.ValueTextEquals("dynamic_group_list"u8))
                    dynamicGroupListValue = Bk::Serialization.BkJson.ReadNullableList(ref reader, global::Consumer.JobV3.DynamicGroupJsonConverter.Instance, options, "server.dynamic_group_list", elementsNullable: false);
                else if (reader.ValueTextEquals("topo_node_list"u8))
                    topoNodeListValue = Bk::Serialization.BkJson.ReadNullableList(ref reader, global::Consumer.JobV3.TopoNodeJsonConverter.Instance, options, "server.topo_node_list", elementsNullable: false);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.Server
            {
                Variable = variableValue,
                HostIdList = hostIdListValue,
                IpList = ipListValue,
                DynamicGroupList = dynamicGroupListValue,
                TopoNodeList = topoNodeListValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.Server value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Variable is { } variableValue) writer.WriteString(s_variableName, variableValue);
            if (value.HostIdList is { } hostIdListValue) Bk::Serialization.BkJson.WriteList(writer, s_hostIdListName, hostIdListValue);
            if (value.IpList is { } ipListValue) WriteIpListItems(writer, ipListValue, options);
            if (value.DynamicGroupList is { } dynamicGroupListValue) WriteDynamicGroupListItems(writer, dynamicGroupListValue, options);
            if (value.TopoNodeList is { } topoNodeListValue) WriteTopoNodeListItems(writer, topoNodeListValue, options);
            writer.WriteEndObject();
        }

        private static void WriteIpListItems(Stj::Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.Host> list, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartArray(s_ipListName);
            var items = Bk::Serialization.BkJson.ListSpan(list, out var rented);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                    writer.WriteNullValue();
                else
                    global::Consumer.JobV3.HostJsonConverter.Instance.Write(writer, item, options);
            }

            Bk::Serialization.BkJson.ReturnListSpan(rented);
            writer.WriteEndArray();
        }

        private static void WriteDynamicGroupListItems(Stj::Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.DynamicGroup> list, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartArray(s_dynamicGroupListName);
            var items = Bk::Serialization.BkJson.ListSpan(list, out var rented);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                    writer.WriteNullValue();
                else
                    global::Consumer.JobV3.DynamicGroupJsonConverter.Instance.Write(writer, item, options);
            }

            Bk::Serialization.BkJson.ReturnListSpan(rented);
            writer.WriteEndArray();
        }

        private static void WriteTopoNodeListItems(Stj::Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.TopoNode> list, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartArray(s_topoNodeListName);
            var items = Bk::Serialization.BkJson.ListSpan(list, out var rented);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                    writer.WriteNullValue();
                else
                    global::Consumer.JobV3.TopoNodeJsonConverter.Instance.Write(writer, item, options);
            }

            Bk::Serialization.BkJson.ReturnListSpan(rented);
            writer.WriteEndArray();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class AccountJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.Account>
    {
        public static readonly AccountJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_idName = Stj::JsonEncodedText.Encode("id"u8);
        private static readonly Stj::JsonEncodedText s_aliasName = Stj::JsonEncodedText.Encode("alias"u8);
        private static readonly Stj::JsonEncodedText s_nameName = Stj::JsonEncodedText.Encode("name"u8);

        public override global::Consumer.JobV3.Account Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "account");
            long? idValue = default;
            string? aliasValue = default;
            string? nameValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("id"u8))
                    idValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "account.id");
                else if (reader.ValueTextEquals("alias"u8))
                    aliasValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "account.alias");
                else if (reader.ValueTextEquals("name"u8))
                    nameValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "account.name");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.Account
            {
                Id = idValue,
                Alias = aliasValue,
                Name = nameValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.Account value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Id is { } idValue) writer.WriteNumber(s_idName, idValue);
            if (value.Alias is { } aliasValue) writer.WriteString(s_aliasName, aliasValue);
            if (value.Name is { } nameValue) writer.WriteString(s_nameName, nameValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class GlobalVarJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.GlobalVar>
    {
        public static readonly GlobalVarJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_idName = Stj::JsonEncodedText.Encode("id"u8);
        private static readonly Stj::JsonEncodedText s_nameName = Stj::JsonEncodedText.Encode("name"u8);
        private static readonly Stj::JsonEncodedText s_descriptionName = Stj::JsonEncodedText.Encode("description"u8);
        private static readonly Stj::JsonEncodedText s_typeName = Stj::JsonEncodedText.Encode("type"u8);
        private static readonly Stj::JsonEncodedText s_requiredName = Stj::JsonEncodedText.Encode("required"u8);
        private static readonly Stj::JsonEncodedText s_valueName = Stj::JsonEncodedText.Encode("value"u8);
        private static readonly Stj::JsonEncodedText s_serverName = Stj::JsonEncodedText.Encode("server"u8);

        public override global::Consumer.JobV3.GlobalVar Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "global_var");
            long? idValue = default;
            string? nameValue = default;
            string? descriptionValue = default;
            int? typeValue = default;
            int? requiredValue = default;
            string? valueValue = default;
            global::Consumer.JobV3.Server? serverValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("id"u8))
                    idValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "global_var.id");
                else if (reader.ValueTextEquals("name"u8))
                    nameValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "global_var.name");
                else if (reader.ValueTextEquals("description"u8))
                    descriptionValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "global_var.description");
                else if (reader.ValueTextEquals("type"u8))
                    typeValue = Bk::Serialization.BkJson.ReadNullableInt32(ref reader, "global_var.type");
                else if (reader.ValueTextEquals("required"u8))
                    requiredValue = Bk::Serialization.BkJson.ReadNullableInt32(ref reader, "global_var.required");
                else if (reader.ValueTextEquals("value"u8))
                    valueValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "global_var.value");
                else if (reader.ValueTextEquals("server"u8))
                    serverValue = Bk::Serialization.BkJson.ReadNullable(ref reader, global::Consumer.JobV3.ServerJsonConverter.Instance, options);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.GlobalVar
            {
                Id = idValue,
                Name = nameValue,
                Description = descriptionValue,
                Type = typeValue,
                Required = requiredValue,
                Value = valueValue,
                Server = serverValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.GlobalVar value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Id is { } idValue) writer.WriteNumber(s_idName, idValue);
            if (value.Name is { } nameValue) writer.WriteString(s_nameName, nameValue);
            if (value.Description is { } descriptionValue) writer.WriteString(s_descriptionName, descriptionValue);
            if (value.Type is { } typeValue) writer.WriteNumber(s_typeName, typeValue);
            if (value.Required is { } requiredValue) writer.WriteNumber(s_requiredName, requiredValue);
            if (value.Value is { } valueValue) writer.WriteString(s_valueName, valueValue);
            if (value.Server is { } serverValue) Bk::Serialization.BkJson.WriteMember(writer, s_serverName, serverValue, global::Consumer.JobV3.ServerJsonConverter.Instance, options);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class FileSourceJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.FileSource>
    {
        public static readonly FileSourceJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_fileListName = Stj::JsonEncodedText.Encode("file_list"u8);
        private static readonly Stj::JsonEncodedText s_accountName = Stj::JsonEncodedText.Encode("account"u8);
        private static readonly Stj::JsonEncodedText s_serverName = Stj::JsonEncodedText.Encode("server"u8);
        private static readonly Stj::JsonEncodedText s_fileTypeName = Stj::JsonEncodedText.Encode("file_type"u8);
        private static readonly Stj::JsonEncodedText s_fileSourceIdName = Stj::JsonEncodedText.Encode("file_source_id"u8);
        private static readonly Stj::JsonEncodedText s_fileSourceCodeName = Stj::JsonEncodedText.Encode("file_source_code"u8);

        public override global::Consumer.JobV3.FileSource Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "file_source");
            global::System.Collections.Generic.IReadOnlyList<string> fileListValue = [];
            global::Consumer.JobV3.Account? accountValue = default;
            global::Consumer.JobV3.Server? serverValue = default;
            global::Consumer.JobV3.FileSourceType? fileTypeValue = default;
            long? fileSourceIdValue = default;
            string? fileSourceCodeValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("file_list"u8))
                    fileListValue = Bk::Serialization.BkJson.ReadListOrEmpty(ref reader, Bk::Serialization.BkScalarConverters.String, options, "file_source.file_list", elementsNullable: false);
                else if (reader.ValueTextEquals("account"u8))
                    accountValue = Bk::Serialization.BkJson.ReadNullable(ref reader, global::Consumer.JobV3.AccountJsonConverter.Instance, options);
                else if (reader.ValueTextEquals("server"u8))
                    serverValue = Bk::Serialization.BkJson.ReadNullable(ref reader, global::Consumer.JobV3.ServerJsonConverter.Instance, options);
                else if (reader.ValueTextEquals("file_type"u8))
                    fileTypeValue = Bk::Serialization.BkJson.ReadNullableValue(ref reader, global::Consumer.JobV3.FileSourceTypeJsonConverter.Instance, options);
                else if (reader.ValueTextEquals("file_source_id"u8))
                    fileSourceIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "file_source.file_source_id");
                else if (reader.ValueTextEquals("file_source_code"u8))
                    fileSourceCodeValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "file_source.file_source_code");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.FileSource
            {
                FileList = fileListValue,
                Account = accountValue,
                Server = serverValue,
                FileType = fileTypeValue,
                FileSourceId = fileSourceIdValue,
                FileSourceCode = fileSourceCodeValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.FileSource value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.FileList is { } fileListValue) Bk::Serialization.BkJson.WriteList(writer, s_fileListName, fileListValue);
            if (value.Account is { } accountValue) Bk::Serialization.BkJson.WriteMember(writer, s_accountName, accountValue, global::Consumer.JobV3.AccountJsonConverter.Instance, options);
            if (value.Server is { } serverValue) Bk::Serialization.BkJson.WriteMember(writer, s_serverName, serverValue, global::Consumer.JobV3.ServerJsonConverter.Instance, options);
            if (value.FileType is { } fileTypeValue) writer.WriteNumber(s_fileTypeName, (long)fileTypeValue);
            if (value.FileSourceId is { } fileSourceIdValue) writer.WriteNumber(s_fileSourceIdName, fileSourceIdValue);
            if (value.FileSourceCode is { } fileSourceCodeValue) writer.WriteString(s_fileSourceCodeName, fileSourceCodeValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class FileSourceTypeJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.FileSourceType>("file_source_type")
    {
        public static readonly FileSourceTypeJsonConverter Instance = new();
        internal const string ListedValues = "1 (Server), 2 (Local), 3 (ThirdParty)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.FileSourceType? value) => value is null or global::Consumer.JobV3.FileSourceType.Server or global::Consumer.JobV3.FileSourceType.Local or global::Consumer.JobV3.FileSourceType.ThirdParty;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class TransferModeJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.TransferMode>("transfer_mode")
    {
        public static readonly TransferModeJsonConverter Instance = new();
        internal const string ListedValues = "1 (Strict), 2 (Force)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.TransferMode? value) => value is null or global::Consumer.JobV3.TransferMode.Strict or global::Consumer.JobV3.TransferMode.Force;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ScriptLanguageJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.ScriptLanguage>("script_language")
    {
        public static readonly ScriptLanguageJsonConverter Instance = new();
        internal const string ListedValues = "1 (Shell), 2 (Bat), 3 (Perl), 4 (Python), 5 (PowerShell), 6 (Sql)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.ScriptLanguage? value) => value is null or global::Consumer.JobV3.ScriptLanguage.Shell or global::Consumer.JobV3.ScriptLanguage.Bat or global::Consumer.JobV3.ScriptLanguage.Perl or global::Consumer.JobV3.ScriptLanguage.Python or global::Consumer.JobV3.ScriptLanguage.PowerShell or global::Consumer.JobV3.ScriptLanguage.Sql;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class StepTypeJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.StepType>("step_type")
    {
        public static readonly StepTypeJsonConverter Instance = new();
        internal const string ListedValues = "1 (Script), 2 (File), 3 (ManualConfirmation), 4 (Sql)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.StepType? value) => value is null or global::Consumer.JobV3.StepType.Script or global::Consumer.JobV3.StepType.File or global::Consumer.JobV3.StepType.ManualConfirmation or global::Consumer.JobV3.StepType.Sql;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class RunStatusJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.RunStatus>("run_status")
    {
        public static readonly RunStatusJsonConverter Instance = new();
        internal const string ListedValues = "1 (Pending), 2 (Running), 3 (Success), 4 (Failed), 5 (Skipped), 6 (IgnoreError), 7 (WaitingUser), 8 (ManuallyEnded), 9 (Abnormal), 10 (Terminating), 11 (TerminateSuccess), 12 (TerminateFailed), 13 (ConfirmTerminated), 14 (Abandoned), 15 (RollingWaiting)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.RunStatus? value) => value is null or global::Consumer.JobV3.RunStatus.Pending or global::Consumer.JobV3.RunStatus.Running or global::Consumer.JobV3.RunStatus.Success or global::Consumer.JobV3.RunStatus.Failed or global::Consumer.JobV3.RunStatus.Skipped or global::Consumer.JobV3.RunStatus.IgnoreError or global::Consumer.JobV3.RunStatus.WaitingUser or global::Consumer.JobV3.RunStatus.ManuallyEnded or global::Consumer.JobV3.RunStatus.Abnormal or global::Consumer.JobV3.RunStatus.Terminating or global::Consumer.JobV3.RunStatus.TerminateSuccess or global::Consumer.JobV3.RunStatus.TerminateFailed or global::Consumer.JobV3.RunStatus.ConfirmTerminated or global::Consumer.JobV3.RunStatus.Abandoned or global::Consumer.JobV3.RunStatus.RollingWaiting;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class LogTypeJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.LogType>("log_type")
    {
        public static readonly LogTypeJsonConverter Instance = new();
        internal const string ListedValues = "1 (Script), 2 (File)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.LogType? value) => value is null or global::Consumer.JobV3.LogType.Script or global::Consumer.JobV3.LogType.File;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class FileLogJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.FileLog>
    {
        public static readonly FileLogJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_modeName = Stj::JsonEncodedText.Encode("mode"u8);
        private static readonly Stj::JsonEncodedText s_srcIpName = Stj::JsonEncodedText.Encode("src_ip"u8);
        private static readonly Stj::JsonEncodedText s_srcPathName = Stj::JsonEncodedText.Encode("src_path"u8);
        private static readonly Stj::JsonEncodedText s_destIpName = Stj::JsonEncodedText.Encode("dest_ip"u8);
        private static readonly Stj::JsonEncodedText s_destPathName = Stj::JsonEncodedText.Encode("dest_path"u8);
        private static readonly Stj::JsonEncodedText s_statusName = Stj::JsonEncodedText.Encode("status"u8);
        private static readonly Stj::JsonEncodedText s_logContentName = Stj::JsonEncodedText.Encode("log_content"u8);
        private static readonly Stj::JsonEncodedText s_sizeName = Stj::JsonEncodedText.Encode("size"u8);
        private static readonly Stj::JsonEncodedText s_speedName = Stj::JsonEncodedText.Encode("speed"u8);
        private static readonly Stj::JsonEncodedText s_processName = Stj::JsonEncodedText.Encode("process"u8);

        public override global::Consumer.JobV3.FileLog Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "file_log");
            global::Consumer.JobV3.FileLogMode? modeValue = default;
            global::Consumer.JobV3.Host? srcIpValue = default;
            string? srcPathValue = default;
            global::Consumer.JobV3.Host? destIpValue = default;
            string? destPathValue = default;
            global::Consumer.JobV3.FileLogStatus? statusValue = default;
            string? logContentValue = default;
            string? sizeValue = default;
            string? speedValue = default;
            string? processValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("mode"u8))
                    modeValue = Bk::Serialization.BkJson.ReadNullableValue(ref reader, global::Consumer.JobV3.FileLogModeJsonConverter.Instance, options);
                else if (reader.ValueTextEquals("src_ip"u8))
                    srcIpValue = Bk::Serialization.BkJson.ReadNullable(ref reader, global::Consumer.JobV3.HostJsonConverter.Instance, options);
                else if (reader.ValueTextEquals("src_path"u8))
                    srcPathValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "file_log.src_path");
                else if (reader.ValueTextEquals("dest_ip"u8))
                    destIpValue = Bk::Serialization.BkJson.ReadNullable(ref reader, global::Consumer.JobV3.HostJsonConverter.Instance, options);
                else if (reader.ValueTextEquals("dest_path"u8))
                    destPathValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "file_log.dest_path");
                else if (reader.ValueTextEquals("status"u8))
                    statusValue = Bk::Serialization.BkJson.ReadNullableValue(ref reader, global::Consumer.JobV3.FileLogStatusJsonConverter.Instance, options);
                else if (reader.ValueTextEquals("log_content"u8))
                    logContentValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "file_log.log_content");
                else if (reader.ValueTextEquals("size"u8))
                    sizeValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "file_log.size");
                else if (reader.ValueTextEquals("speed"u8))
                    speedValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "file_log.speed");
                else if (reader.ValueTextEquals("process"u8))
                    processValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "file_log.process");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.FileLog
            {
                Mode = modeValue,
                SrcIp = srcIpValue,
                SrcPath = srcPathValue,
                DestIp = destIpValue,
                DestPath = destPathValue,
                Status = statusValue,
                LogContent = logContentValue,
                Size = sizeValue,
                Speed = speedValue,
                Process = processValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.FileLog value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Mode is { } modeValue) writer.WriteNumber(s_modeName, (long)modeValue);
            if (value.SrcIp is { } srcIpValue) Bk::Serialization.BkJson.WriteMember(writer, s_srcIpName, srcIpValue, global::Consumer.JobV3.HostJsonConverter.Instance, options);
            if (value.SrcPath is { } srcPathValue) writer.WriteString(s_srcPathName, srcPathValue);
            if (value.DestIp is { } destIpValue) Bk::Serialization.BkJson.WriteMember(writer, s_destIpName, destIpValue, global::Consumer.JobV3.HostJsonConverter.Instance, options);
            if (value.DestPath is { } destPathValue) writer.WriteString(s_destPathName, destPathValue);
            if (value.Status is { } statusValue) writer.WriteNumber(s_statusName, (long)statusValue);
            if (value.LogContent is { } logContentValue) writer.WriteString(s_logContentName, logContentValue);
            if (value.Size is { } sizeValue) writer.WriteString(s_sizeName, sizeValue);
            if (value.Speed is { } speedValue) writer.WriteString(s_speedName, speedValue);
            if (value.Process is { } processValue) writer.WriteString(s_processName, processValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class FileLogModeJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.FileLogMode>("file_log_mode")
    {
        public static readonly FileLogModeJsonConverter Instance = new();
        internal const string ListedValues = "0 (Upload), 1 (Download)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.FileLogMode? value) => value is null or global::Consumer.JobV3.FileLogMode.Upload or global::Consumer.JobV3.FileLogMode.Download;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class FileLogStatusJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.FileLogStatus>("file_log_status")
    {
        public static readonly FileLogStatusJsonConverter Instance = new();
        internal const string ListedValues = "0 (PullingFromFileSource), 1 (Waiting), 2 (Uploading), 3 (Downloading), 4 (Success), 5 (Failed)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.FileLogStatus? value) => value is null or global::Consumer.JobV3.FileLogStatus.PullingFromFileSource or global::Consumer.JobV3.FileLogStatus.Waiting or global::Consumer.JobV3.FileLogStatus.Uploading or global::Consumer.JobV3.FileLogStatus.Downloading or global::Consumer.JobV3.FileLogStatus.Success or global::Consumer.JobV3.FileLogStatus.Failed;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class JobV3ActionJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.JobV3Action>("action")
    {
        public static readonly JobV3ActionJsonConverter Instance = new();
        internal const string ListedValues = "1 (Scan), 2 (Intercept)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.JobV3Action? value) => value is null or global::Consumer.JobV3.JobV3Action.Scan or global::Consumer.JobV3.JobV3Action.Intercept;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class DynamicGroupFastExecuteSqlJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.DynamicGroupFastExecuteSql>
    {
        public static readonly DynamicGroupFastExecuteSqlJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_idName = Stj::JsonEncodedText.Encode("id"u8);

        public override global::Consumer.JobV3.DynamicGroupFastExecuteSql Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "dynamic_group_fast_execute_sql");
            string? idValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("id"u8))
                    idValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "dynamic_group_fast_execute_sql.id");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.DynamicGroupFastExecuteSql
            {
                Id = idValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.DynamicGroupFastExecuteSql value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Id is { } idValue) writer.WriteString(s_idName, idValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class HostFastExecuteSqlJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.HostFastExecuteSql>
    {
        public static readonly HostFastExecuteSqlJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_cloudIdName = Stj::JsonEncodedText.Encode("bk_cloud_id"u8);
        private static readonly Stj::JsonEncodedText s_ipName = Stj::JsonEncodedText.Encode("ip"u8);

        public override global::Consumer.JobV3.HostFastExecuteSql Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "ip_fast_execute_sql");
            long? cloudIdValue = default;
            string? ipValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("bk_cloud_id"u8))
                    cloudIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "ip_fast_execute_sql.bk_cloud_id");
                else if (reader.ValueTextEquals("ip"u8))
                    ipValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "ip_fast_execute_sql.ip");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.HostFastExecuteSql
            {
                CloudId = cloudIdValue,
                Ip = ipValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.HostFastExecuteSql value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.CloudId is { } cloudIdValue) writer.WriteNumber(s_cloudIdName, cloudIdValue);
            if (value.Ip is { } ipValue) writer.WriteString(s_ipName, ipValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ScriptLanguageCheckScriptJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.ScriptLanguageCheckScript>("script_language_check_script")
    {
        public static readonly ScriptLanguageCheckScriptJsonConverter Instance = new();
        internal const string ListedValues = "1 (Shell), 2 (Bat), 3 (Perl), 4 (Python), 5 (Powershell), 6 (Sql)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.ScriptLanguageCheckScript? value) => value is null or global::Consumer.JobV3.ScriptLanguageCheckScript.Shell or global::Consumer.JobV3.ScriptLanguageCheckScript.Bat or global::Consumer.JobV3.ScriptLanguageCheckScript.Perl or global::Consumer.JobV3.ScriptLanguageCheckScript.Python or global::Consumer.JobV3.ScriptLanguageCheckScript.Powershell or global::Consumer.JobV3.ScriptLanguageCheckScript.Sql;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ScriptLanguageGetPublicScriptVersionDetailJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.ScriptLanguageGetPublicScriptVersionDetail>("script_language_get_public_script_version_detail")
    {
        public static readonly ScriptLanguageGetPublicScriptVersionDetailJsonConverter Instance = new();
        internal const string ListedValues = "1 (Shell), 2 (Bat), 3 (Perl), 4 (Python), 5 (Powershell)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.ScriptLanguageGetPublicScriptVersionDetail? value) => value is null or global::Consumer.JobV3.ScriptLanguageGetPublicScriptVersionDetail.Shell or global::Consumer.JobV3.ScriptLanguageGetPublicScriptVersionDetail.Bat or global::Consumer.JobV3.ScriptLanguageGetPublicScriptVersionDetail.Perl or global::Consumer.JobV3.ScriptLanguageGetPublicScriptVersionDetail.Python or global::Consumer.JobV3.ScriptLanguageGetPublicScriptVersionDetail.Powershell;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class TopoNodeFastExecuteSqlJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.TopoNodeFastExecuteSql>
    {
        public static readonly TopoNodeFastExecuteSqlJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_idName = Stj::JsonEncodedText.Encode("id"u8);
        private static readonly Stj::JsonEncodedText s_nodeTypeName = Stj::JsonEncodedText.Encode("node_type"u8);

        public override global::Consumer.JobV3.TopoNodeFastExecuteSql Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "topo_node_fast_execute_sql");
            long? idValue = default;
            string? nodeTypeValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("id"u8))
                    idValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "topo_node_fast_execute_sql.id");
                else if (reader.ValueTextEquals("node_type"u8))
                    nodeTypeValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "topo_node_fast_execute_sql.node_type");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.TopoNodeFastExecuteSql
            {
                Id = idValue,
                NodeType = nodeTypeValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.TopoNodeFastExecuteSql value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Id is { } idValue) writer.WriteNumber(s_idName, idValue);
            if (value.NodeType is { } nodeTypeValue) writer.WriteString(s_nodeTypeName, nodeTypeValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class TopoNodeGetCronDetailJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.TopoNodeGetCronDetail>
    {
        public static readonly TopoNodeGetCronDetailJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_idName = Stj::JsonEncodedText.Encode("id"u8);
        private static readonly Stj::JsonEncodedText s_nodeTypeName = Stj::JsonEncodedText.Encode("node_type"u8);

        public override global::Consumer.JobV3.TopoNodeGetCronDetail Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "topo_node_get_cron_detail");
            long? idValue = default;
            string? nodeTypeValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("id"u8))
                    idValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "topo_node_get_cron_detail.id");
                else if (reader.ValueTextEquals("node_type"u8))
                    nodeTypeValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "topo_node_get_cron_detail.node_type");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.TopoNodeGetCronDetail
            {
                Id = idValue,
                NodeType = nodeTypeValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.TopoNodeGetCronDetail value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Id is { } idValue) writer.WriteNumber(s_idName, idValue);
            if (value.NodeType is { } nodeTypeValue) writer.WriteString(s_nodeTypeName, nodeTypeValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class DynamicGroupSaveCronJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.DynamicGroupSaveCron>
    {
        public static readonly DynamicGroupSaveCronJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_idName = Stj::JsonEncodedText.Encode("id"u8);

        public override global::Consumer.JobV3.DynamicGroupSaveCron Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "dynamic_group_save_cron");
            string? idValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("id"u8))
                    idValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "dynamic_group_save_cron.id");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.DynamicGroupSaveCron
            {
                Id = idValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.DynamicGroupSaveCron value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Id is { } idValue) writer.WriteString(s_idName, idValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class AccountGetStepInstanceDetailJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.AccountGetStepInstanceDetail>
    {
        public static readonly AccountGetStepInstanceDetailJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_idName = Stj::JsonEncodedText.Encode("id"u8);
        private static readonly Stj::JsonEncodedText s_nameName = Stj::JsonEncodedText.Encode("name"u8);

        public override global::Consumer.JobV3.AccountGetStepInstanceDetail Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "account_get_step_instance_detail");
            long? idValue = default;
            string? nameValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("id"u8))
                    idValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "account_get_step_instance_detail.id");
                else if (reader.ValueTextEquals("name"u8))
                    nameValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "account_get_step_instance_detail.name");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.AccountGetStepInstanceDetail
            {
                Id = idValue ?? throw Bk::Serialization.BkJson.Missing("account_get_step_instance_detail.id"),
                Name = nameValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.AccountGetStepInstanceDetail value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber(s_idName, value.Id);
            if (value.Name is { } nameValue) writer.WriteString(s_nameName, nameValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ApprovalInfoJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.ApprovalInfo>
    {
        public static readonly ApprovalInfoJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_approvalMessageName = Stj::JsonEncodedText.Encode("approval_message"u8);

        public override global::Consumer.JobV3.ApprovalInfo Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "approval_info");
            string? approvalMessageValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("approval_message"u8))
                    approvalMessageValue = Bk::Serialization.BkJson.ReadNotNullString(ref reader, "approval_info.approval_message");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.ApprovalInfo
            {
                ApprovalMessage = approvalMessageValue ?? throw Bk::Serialization.BkJson.Missing("approval_info.approval_message"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.ApprovalInfo value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.ApprovalMessage is { } approvalMessageValue) writer.WriteString(s_approvalMessageName, approvalMessageValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ContainerJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.Container>
    {
        public static readonly ContainerJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_idName = Stj::JsonEncodedText.Encode("id"u8);
        private static readonly Stj::JsonEncodedText s_containerUidName = Stj::JsonEncodedText.Encode("container_uid"u8);
        private static readonly Stj::JsonEncodedText s_nameName = Stj::JsonEncodedText.Encode("name"u8);

        public override global::Consumer.JobV3.Container Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "container");
            long? idValue = default;
            string? containerUidValue = default;
            string? nameValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("id"u8))
                    idValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "container.id");
                else if (reader.ValueTextEquals("container_uid"u8))
                    containerUidValue = Bk::Serialization.BkJson.ReadNotNullString(ref reader, "container.container_uid");
                else if (reader.ValueTextEquals("name"u8))
                    nameValue = Bk::Serialization.BkJson.ReadNotNullString(ref reader, "container.name");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.Container
            {
                Id = idValue ?? throw Bk::Serialization.BkJson.Missing("container.id"),
                ContainerUid = containerUidValue ?? throw Bk::Serialization.BkJson.Missing("container.container_uid"),
                Name = nameValue ?? throw Bk::Serialization.BkJson.Missing("container.name"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.Container value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber(s_idName, value.Id);
            if (value.ContainerUid is { } containerUidValue) writer.WriteString(s_containerUidName, containerUidValue);
            if (value.Name is { } nameValue) writer.WriteString(s_nameName, nameValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class DataStatusJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.DataStatus>("data_status")
    {
        public static readonly DataStatusJsonConverter Instance = new();
        internal const string ListedValues = "0 (NotOnline), 1 (Online), 2 (Offline), 3 (Disabled)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.DataStatus? value) => value is null or global::Consumer.JobV3.DataStatus.NotOnline or global::Consumer.JobV3.DataStatus.Online or global::Consumer.JobV3.DataStatus.Offline or global::Consumer.JobV3.DataStatus.Disabled;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class DynamicGroupGetStepInstanceDetailJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.DynamicGroupGetStepInstanceDetail>
    {
        public static readonly DynamicGroupGetStepInstanceDetailJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_idName = Stj::JsonEncodedText.Encode("id"u8);

        public override global::Consumer.JobV3.DynamicGroupGetStepInstanceDetail Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "dynamic_group_get_step_instance_detail");
            string? idValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("id"u8))
                    idValue = Bk::Serialization.BkJson.ReadNotNullString(ref reader, "dynamic_group_get_step_instance_detail.id");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.DynamicGroupGetStepInstanceDetail
            {
                Id = idValue ?? throw Bk::Serialization.BkJson.Missing("dynamic_group_get_step_instance_detail.id"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.DynamicGroupGetStepInstanceDetail value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Id is { } idValue) writer.WriteString(s_idName, idValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ErrorCodeJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.ErrorCode>("error_code")
    {
        public static readonly ErrorCodeJsonConverter Instance = new();
        internal const string ListedValues = "0 (Completed), 115 (Running), 126 (TaskForceTerminated), -1 (OtherErrorType)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.ErrorCode? value) => value is null or global::Consumer.JobV3.ErrorCode.Completed or global::Consumer.JobV3.ErrorCode.Running or global::Consumer.JobV3.ErrorCode.TaskForceTerminated or global::Consumer.JobV3.ErrorCode.OtherErrorType;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ExecuteObjectJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.ExecuteObject>
    {
        public static readonly ExecuteObjectJsonConverter Instance = new();

        public override global::Consumer.JobV3.ExecuteObject Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "execute_object");
            var guess = GuessCase(reader, out var leading);
            if (guess == 1 && Bk::Serialization.BkUnion.TryReadGuessed(ref reader, options, global::Consumer.JobV3.ExecuteObjectHostJsonConverter.ReadCase, out var guessedExecuteObjectHost))
                return guessedExecuteObjectHost;
            if (guess == 2 && Bk::Serialization.BkUnion.TryReadGuessed(ref reader, options, global::Consumer.JobV3.ExecuteObjectContainerJsonConverter.ReadCase, out var guessedExecuteObjectContainer))
                return guessedExecuteObjectContainer;
            if (!Bk::Serialization.BkJson.TryPeekInt64(in reader, leading, "type"u8, "execute_object", out var discriminator))
                throw Bk::Serialization.BkJson.MissingDiscriminator("execute_object", "type");

            return discriminator switch
            {
                1 => global::Consumer.JobV3.ExecuteObjectHostJsonConverter.Instance.Read(ref reader, typeof(global::Consumer.JobV3.ExecuteObjectHost), options),
                2 => global::Consumer.JobV3.ExecuteObjectContainerJsonConverter.Instance.Read(ref reader, typeof(global::Consumer.JobV3.ExecuteObjectContainer), options),
                _ => ReadUnknown(ref reader, (global::Consumer.JobV3.ExecuteObjectType)discriminator, options),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.ExecuteObject value, Stj::JsonSerializerOptions options)
        {
            switch (value)
            {
                case global::Consumer.JobV3.ExecuteObjectHost knownExecuteObjectHost:
                    global::Consumer.JobV3.ExecuteObjectHostJsonConverter.Instance.Write(writer, knownExecuteObjectHost, options);
                    break;
                case global::Consumer.JobV3.ExecuteObjectContainer knownExecuteObjectContainer:
                    global::Consumer.JobV3.ExecuteObjectContainerJsonConverter.Instance.Write(writer, knownExecuteObjectContainer, options);
                    break;
                case global::Consumer.JobV3.UnknownExecuteObject unknown:
                    unknown.Raw.WriteTo(writer);
                    break;
                default:
                    throw new Stj::JsonException(value.GetType() + " is not a case of execute_object.");
            }
        }

        /// <summary>
        /// 0 when <c>type</c> comes first (or no member tells); otherwise the 1-based case that the
        /// first member only one case has belongs to, to be confirmed by the discriminator while reading.
        /// <paramref name="leading"/>: the discriminator's value when it comes first as an integer (no second look-ahead then).
        /// </summary>
        private static int GuessCase(Stj::Utf8JsonReader reader, out long? leading)
        {
            leading = null;
            while (reader.Read() && reader.TokenType == Stj::JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("type"u8))
                {
                    leading = Bk::Serialization.BkJson.PeekLeadingInt64(ref reader);
                    return 0;
                }

                if (reader.ValueTextEquals("host"u8)) return 1;
                if (reader.ValueTextEquals("container"u8)) return 2;
                Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return 0;
        }

        private static global::Consumer.JobV3.UnknownExecuteObject ReadUnknown(ref Stj::Utf8JsonReader reader, global::Consumer.JobV3.ExecuteObjectType discriminator, Stj::JsonSerializerOptions options)
        {
            var copy = reader;
            var raw = Bk::Serialization.BkJson.ReadElement(ref copy);
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "execute_object");
            string? resourceIdValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("resource_id"u8))
                    resourceIdValue = Bk::Serialization.BkJson.ReadNotNullString(ref reader, "execute_object.resource_id");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.UnknownExecuteObject(discriminator, raw)
            {
                ResourceId = resourceIdValue ?? throw Bk::Serialization.BkJson.Missing("execute_object.resource_id"),
            };
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ExecuteObjectContainerJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.ExecuteObjectContainer>
    {
        public static readonly ExecuteObjectContainerJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_typeName = Stj::JsonEncodedText.Encode("type"u8);
        private static readonly Stj::JsonEncodedText s_resourceIdName = Stj::JsonEncodedText.Encode("resource_id"u8);
        private static readonly Stj::JsonEncodedText s_containerName = Stj::JsonEncodedText.Encode("container"u8);

        public override global::Consumer.JobV3.ExecuteObjectContainer Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
            => ReadCase(ref reader, options, out _);

        /// <summary>Reads this case; <paramref name="confirmed"/> tells whether the object's <c>type</c> selects it.</summary>
        internal static global::Consumer.JobV3.ExecuteObjectContainer ReadCase(ref Stj::Utf8JsonReader reader, Stj::JsonSerializerOptions options, out bool confirmed)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "execute_object_container");
            confirmed = false;
            var discriminatorSeen = false;
            string? resourceIdValue = default;
            global::Consumer.JobV3.Container? containerValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("resource_id"u8))
                    resourceIdValue = Bk::Serialization.BkJson.ReadNotNullString(ref reader, "execute_object_container.resource_id");
                else if (reader.ValueTextEquals("container"u8))
                    containerValue = Bk::Serialization.BkJson.ReadNullable(ref reader, global::Consumer.JobV3.ContainerJsonConverter.Instance, options);
                else if (reader.ValueTextEquals("type"u8))
                    confirmed |= Bk::Serialization.BkUnion.DiscriminatorIs(ref reader, ref discriminatorSeen, 2);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.ExecuteObjectContainer
            {
                ResourceId = resourceIdValue ?? throw Bk::Serialization.BkJson.Missing("execute_object_container.resource_id"),
                Container = containerValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.ExecuteObjectContainer value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber(s_typeName, (long)value.Type);
            if (value.ResourceId is { } resourceIdValue) writer.WriteString(s_resourceIdName, resourceIdValue);
            if (value.Container is { } containerValue) Bk::Serialization.BkJson.WriteMember(writer, s_containerName, containerValue, global::Consumer.JobV3.ContainerJsonConverter.Instance, options);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ExecuteObjectHostJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.ExecuteObjectHost>
    {
        public static readonly ExecuteObjectHostJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_typeName = Stj::JsonEncodedText.Encode("type"u8);
        private static readonly Stj::JsonEncodedText s_resourceIdName = Stj::JsonEncodedText.Encode("resource_id"u8);
        private static readonly Stj::JsonEncodedText s_hostName = Stj::JsonEncodedText.Encode("host"u8);

        public override global::Consumer.JobV3.ExecuteObjectHost Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
            => ReadCase(ref reader, options, out _);

        /// <summary>Reads this case; <paramref name="confirmed"/> tells whether the object's <c>type</c> selects it.</summary>
        internal static global::Consumer.JobV3.ExecuteObjectHost ReadCase(ref Stj::Utf8JsonReader reader, Stj::JsonSerializerOptions options, out bool confirmed)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "execute_object_host");
            confirmed = false;
            var discriminatorSeen = false;
            string? resourceIdValue = default;
            global::Consumer.JobV3.HostSystemBkciPluginBatchGetJobInstanceExecuteObjectLog? hostValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("resource_id"u8))
                    resourceIdValue = Bk::Serialization.BkJson.ReadNotNullString(ref reader, "execute_object_host.resource_id");
                else if (reader.ValueTextEquals("host"u8))
                    hostValue = Bk::Serialization.BkJson.ReadNullable(ref reader, global::Consumer.JobV3.HostSystemBkciPluginBatchGetJobInstanceExecuteObjectLogJsonConverter.Instance, options);
                else if (reader.ValueTextEquals("type"u8))
                    confirmed |= Bk::Serialization.BkUnion.DiscriminatorIs(ref reader, ref discriminatorSeen, 1);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.ExecuteObjectHost
            {
                ResourceId = resourceIdValue ?? throw Bk::Serialization.BkJson.Missing("execute_object_host.resource_id"),
                Host = hostValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.ExecuteObjectHost value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber(s_typeName, (long)value.Type);
            if (value.ResourceId is { } resourceIdValue) writer.WriteString(s_resourceIdName, resourceIdValue);
            if (value.Host is { } hostValue) Bk::Serialization.BkJson.WriteMember(writer, s_hostName, hostValue, global::Consumer.JobV3.HostSystemBkciPluginBatchGetJobInstanceExecuteObjectLogJsonConverter.Instance, options);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ExecuteObjectTypeJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.ExecuteObjectType>("execute_object_type")
    {
        public static readonly ExecuteObjectTypeJsonConverter Instance = new();
        internal const string ListedValues = "1 (Host), 2 (Container)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.ExecuteObjectType? value) => value is null or global::Consumer.JobV3.ExecuteObjectType.Host or global::Consumer.JobV3.ExecuteObjectType.Container;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ExecutionModeJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.ExecutionMode>("execution_mode")
    {
        public static readonly ExecutionModeJsonConverter Instance = new();
        internal const string ListedValues = "1 (Value1), 2 (Value2)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.ExecutionMode? value) => value is null or global::Consumer.JobV3.ExecutionMode.Value1 or global::Consumer.JobV3.ExecutionMode.Value2;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class FileDestinationGetStepInstanceDetailJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.FileDestinationGetStepInstanceDetail>
    {
        public static readonly FileDestinationGetStepInstanceDetailJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_pathName = Stj::JsonEncodedText.Encode("path"u8);
        private static readonly Stj::JsonEncodedText s_accountName = Stj::JsonEncodedText.Encode("account"u8);
        private static readonly Stj::JsonEncodedText s_serverName = Stj::JsonEncodedText.Encode("server"u8);

        public override global::Consumer.JobV3.FileDestinationGetStepInstanceDetail Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "file_destination_get_step_instance_detail");
            string? pathValue = default;
            global::Consumer.JobV3.AccountGetStepInstanceDetail? accountValue = default;
            global::Consumer.JobV3.ServerInfoGetStepInstanceDetail? serverValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("path"u8))
                    pathValue = Bk::Serialization.BkJson.ReadNotNullString(ref reader, "file_destination_get_step_instance_detail.path");
                else if (reader.ValueTextEquals("account"u8))
                    accountValue = Bk::Serialization.BkJson.ReadNotNull(ref reader, global::Consumer.JobV3.AccountGetStepInstanceDetailJsonConverter.Instance, options, "file_destination_get_step_instance_detail.account");
                else if (reader.ValueTextEquals("server"u8))
                    serverValue = Bk::Serialization.BkJson.ReadNotNull(ref reader, global::Consumer.JobV3.ServerInfoGetStepInstanceDetailJsonConverter.Instance, options, "file_destination_get_step_instance_detail.server");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.FileDestinationGetStepInstanceDetail
            {
                Path = pathValue ?? throw Bk::Serialization.BkJson.Missing("file_destination_get_step_instance_detail.path"),
                Account = accountValue ?? throw Bk::Serialization.BkJson.Missing("file_destination_get_step_instance_detail.account"),
                Server = serverValue ?? throw Bk::Serialization.BkJson.Missing("file_destination_get_step_instance_detail.server"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.FileDestinationGetStepInstanceDetail value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Path is { } pathValue) writer.WriteString(s_pathName, pathValue);
            if (value.Account is { } accountValue) Bk::Serialization.BkJson.WriteMember(writer, s_accountName, accountValue, global::Consumer.JobV3.AccountGetStepInstanceDetailJsonConverter.Instance, options);
            if (value.Server is { } serverValue) Bk::Serialization.BkJson.WriteMember(writer, s_serverName, serverValue, global::Consumer.JobV3.ServerInfoGetStepInstanceDetailJsonConverter.Instance, options);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class JobV3FileInfoJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.JobV3FileInfo>
    {
        public static readonly JobV3FileInfoJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_fileSourceListName = Stj::JsonEncodedText.Encode("file_source_list"u8);
        private static readonly Stj::JsonEncodedText s_fileDestinationName = Stj::JsonEncodedText.Encode("file_destination"u8);
        private static readonly Stj::JsonEncodedText s_timeoutName = Stj::JsonEncodedText.Encode("timeout"u8);
        private static readonly Stj::JsonEncodedText s_sourceSpeedLimitName = Stj::JsonEncodedText.Encode("source_speed_limit"u8);
        private static readonly Stj::JsonEncodedText s_destinationSpeedLimitName = Stj::JsonEncodedText.Encode("destination_speed_limit"u8);
        private static readonly Stj::JsonEncodedText s_transferModeName = Stj::JsonEncodedText.Encode("transfer_mode"u8);
        private static readonly Stj::JsonEncodedText s_isIgnoreErrorName = Stj::JsonEncodedText.Encode("is_ignore_error"u8);

        public override global::Consumer.JobV3.JobV3FileInfo Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "file_info");
            global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.FileSourceGetStepInstanceDetail> fileSourceListValue = [];
            global::Consumer.JobV3.FileDestinationGetStepInstanceDetail? fileDestinationValue = default;
            int? timeoutValue = default;
            int? sourceSpeedLimitValue = default;
            int? destinationSpeedLimitValue = default;
            global::Consumer.JobV3.TransferModeGetStepInstanceDetail? transferModeValue = default;
            global::Consumer.JobV3.IsIgnoreError? isIgnoreErrorValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("file_source_list"u8))
                    fileSourceListValue = Bk::Serialization.BkJson.ReadListOrEmpty(ref reader, global::Consumer.JobV3.FileSourceGetStepInstanceDetailJsonConverter.Instance, options, "file_info.file_source_list", elementsNullable: false);
                else if (reader.ValueTextEquals("file_destination"u8))
                    fileDestinationValue = Bk::Serialization.BkJson.ReadNotNull(ref reader, global::Consumer.JobV3.FileDestinationGetStepInstanceDetailJsonConverter.Instance, options, "file_info.file_destination");
                else if (reader.ValueTextEquals("timeout"u8))
                    timeoutValue = Bk::Serialization.BkJson.ReadNotNullInt32(ref reader, "file_info.timeout");
                else if (reader.ValueTextEquals("source_speed_limit"u8))
                    sourceSpeedLimitValue = Bk::Serialization.BkJson.ReadNullableInt32(ref reader, "file_info.source_speed_limit");
                else if (reader.ValueTextEquals("destination_speed_limit"u8))
                    destinationSpeedLimitValue = Bk::Serialization.BkJson.ReadNullableInt32(ref reader, "file_info.destination_speed_limit");
                else if (reader.ValueTextEquals("transfer_mode"u8))
                    transferModeValue = Bk::Serialization.BkJson.ReadNotNull(ref reader, global::Consumer.JobV3.TransferModeGetStepInstanceDetailJsonConverter.Instance, options, "file_info.transfer_mode");
                else if (reader.ValueTextEquals("is_ignore_error"u8))
                    isIgnoreErrorValue = Bk::Serialization.BkJson.ReadNotNull(ref reader, global::Consumer.JobV3.IsIgnoreErrorJsonConverter.Instance, options, "file_info.is_ignore_error");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.JobV3FileInfo
            {
                FileSourceList = fileSourceListValue,
                FileDestination = fileDestinationValue ?? throw Bk::Serialization.BkJson.Missing("file_info.file_destination"),
                Timeout = timeoutValue ?? throw Bk::Serialization.BkJson.Missing("file_info.timeout"),
                SourceSpeedLimit = sourceSpeedLimitValue,
                DestinationSpeedLimit = destinationSpeedLimitValue,
                TransferMode = transferModeValue ?? throw Bk::Serialization.BkJson.Missing("file_info.transfer_mode"),
                IsIgnoreError = isIgnoreErrorValue ?? throw Bk::Serialization.BkJson.Missing("file_info.is_ignore_error"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.JobV3FileInfo value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.FileSourceList is { } fileSourceListValue) WriteFileSourceListItems(writer, fileSourceListValue, options);
            if (value.FileDestination is { } fileDestinationValue) Bk::Serialization.BkJson.WriteMember(writer, s_fileDestinationName, fileDestinationValue, global::Consumer.JobV3.FileDestinationGetStepInstanceDetailJsonConverter.Instance, options);
            writer.WriteNumber(s_timeoutName, value.Timeout);
            if (value.SourceSpeedLimit is { } sourceSpeedLimitValue) writer.WriteNumber(s_sourceSpeedLimitName, sourceSpeedLimitValue);
            if (value.DestinationSpeedLimit is { } destinationSpeedLimitValue) writer.WriteNumber(s_destinationSpeedLimitName, destinationSpeedLimitValue);
            writer.WriteNumber(s_transferModeName, (long)value.TransferMode);
            writer.WriteNumber(s_isIgnoreErrorName, (long)value.IsIgnoreError);
            writer.WriteEndObject();
        }

        private static void WriteFileSourceListItems(Stj::Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.FileSourceGetStepInstanceDetail> list, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartArray(s_fileSourceListName);
            var items = Bk::Serialization.BkJson.ListSpan(list, out var rented);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                    writer.WriteNullValue();
                else
                    global::Consumer.JobV3.FileSourceGetStepInstanceDetailJsonConverter.Instance.Write(writer, item, options);
            }

            Bk::Serialization.BkJson.ReturnListSpan(rented);
            writer.WriteEndArray();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class FileSourceGetStepInstanceDetailJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.FileSourceGetStepInstanceDetail>
    {
        public static readonly FileSourceGetStepInstanceDetailJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_fileTypeName = Stj::JsonEncodedText.Encode("file_type"u8);
        private static readonly Stj::JsonEncodedText s_fileListName = Stj::JsonEncodedText.Encode("file_list"u8);
        private static readonly Stj::JsonEncodedText s_serverName = Stj::JsonEncodedText.Encode("server"u8);
        private static readonly Stj::JsonEncodedText s_accountName = Stj::JsonEncodedText.Encode("account"u8);
        private static readonly Stj::JsonEncodedText s_fileSourceIdName = Stj::JsonEncodedText.Encode("file_source_id"u8);

        public override global::Consumer.JobV3.FileSourceGetStepInstanceDetail Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "file_source_get_step_instance_detail");
            global::Consumer.JobV3.FileType? fileTypeValue = default;
            global::System.Collections.Generic.IReadOnlyList<string> fileListValue = [];
            global::Consumer.JobV3.ServerInfoGetStepInstanceDetail? serverValue = default;
            global::Consumer.JobV3.AccountGetStepInstanceDetail? accountValue = default;
            long? fileSourceIdValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("file_type"u8))
                    fileTypeValue = Bk::Serialization.BkJson.ReadNotNull(ref reader, global::Consumer.JobV3.FileTypeJsonConverter.Instance, options, "file_source_get_step_instance_detail.file_type");
                else if (reader.ValueTextEquals("file_list"u8))
                    fileListValue = Bk::Serialization.BkJson.ReadListOrEmpty(ref reader, Bk::Serialization.BkScalarConverters.String, options, "file_source_get_step_instance_detail.file_list", elementsNullable: false);
                else if (reader.ValueTextEquals("server"u8))
                    serverValue = Bk::Serialization.BkJson.ReadNullable(ref reader, global::Consumer.JobV3.ServerInfoGetStepInstanceDetailJsonConverter.Instance, options);
                else if (reader.ValueTextEquals("account"u8))
                    accountValue = Bk::Serialization.BkJson.ReadNotNull(ref reader, global::Consumer.JobV3.AccountGetStepInstanceDetailJsonConverter.Instance, options, "file_source_get_step_instance_detail.account");
                else if (reader.ValueTextEquals("file_source_id"u8))
                    fileSourceIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "file_source_get_step_instance_detail.file_source_id");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.FileSourceGetStepInstanceDetail
            {
                FileType = fileTypeValue ?? throw Bk::Serialization.BkJson.Missing("file_source_get_step_instance_detail.file_type"),
                FileList = fileListValue,
                Server = serverValue,
                Account = accountValue ?? throw Bk::Serialization.BkJson.Missing("file_source_get_step_instance_detail.account"),
                FileSourceId = fileSourceIdValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.FileSourceGetStepInstanceDetail value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber(s_fileTypeName, (long)value.FileType);
            if (value.FileList is { } fileListValue) Bk::Serialization.BkJson.WriteList(writer, s_fileListName, fileListValue);
            if (value.Server is { } serverValue) Bk::Serialization.BkJson.WriteMember(writer, s_serverName, serverValue, global::Consumer.JobV3.ServerInfoGetStepInstanceDetailJsonConverter.Instance, options);
            if (value.Account is { } accountValue) Bk::Serialization.BkJson.WriteMember(writer, s_accountName, accountValue, global::Consumer.JobV3.AccountGetStepInstanceDetailJsonConverter.Instance, options);
            if (value.FileSourceId is { } fileSourceIdValue) writer.WriteNumber(s_fileSourceIdName, fileSourceIdValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class FileTypeJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.FileType>("file_type")
    {
        public static readonly FileTypeJsonConverter Instance = new();
        internal const string ListedValues = "1 (ServerFile), 2 (LocalFile), 3 (FileSourceFile)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.FileType? value) => value is null or global::Consumer.JobV3.FileType.ServerFile or global::Consumer.JobV3.FileType.LocalFile or global::Consumer.JobV3.FileType.FileSourceFile;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class HostResultJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.HostResult>
    {
        public static readonly HostResultJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_hostIdName = Stj::JsonEncodedText.Encode("bk_host_id"u8);
        private static readonly Stj::JsonEncodedText s_ipName = Stj::JsonEncodedText.Encode("ip"u8);
        private static readonly Stj::JsonEncodedText s_ipV6Name = Stj::JsonEncodedText.Encode("ipv6"u8);
        private static readonly Stj::JsonEncodedText s_agentIdName = Stj::JsonEncodedText.Encode("bk_agent_id"u8);
        private static readonly Stj::JsonEncodedText s_cloudIdName = Stj::JsonEncodedText.Encode("bk_cloud_id"u8);
        private static readonly Stj::JsonEncodedText s_cloudNameName = Stj::JsonEncodedText.Encode("bk_cloud_name"u8);
        private static readonly Stj::JsonEncodedText s_statusName = Stj::JsonEncodedText.Encode("status"u8);
        private static readonly Stj::JsonEncodedText s_statusDescName = Stj::JsonEncodedText.Encode("status_desc"u8);
        private static readonly Stj::JsonEncodedText s_tagName = Stj::JsonEncodedText.Encode("tag"u8);
        private static readonly Stj::JsonEncodedText s_exitCodeName = Stj::JsonEncodedText.Encode("exit_code"u8);
        private static readonly Stj::JsonEncodedText s_startTimeName = Stj::JsonEncodedText.Encode("start_time"u8);
        private static readonly Stj::JsonEncodedText s_endTimeName = Stj::JsonEncodedText.Encode("end_time"u8);
        private static readonly Stj::JsonEncodedText s_totalTimeName = Stj::JsonEncodedText.Encode("total_time"u8);

        public override global::Consumer.JobV3.HostResult Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "host_result");
            long? hostIdValue = default;
            string? ipValue = default;
            string? ipV6Value = default;
            string? agentIdValue = default;
            long? cloudIdValue = default;
            string? cloudNameValue = default;
            global::Consumer.JobV3.HostResultStatus? statusValue = default;
            string? statusDescValue = default;
            string? tagValue = default;
            int? exitCodeValue = default;
            long? startTimeValue = default;
            long? endTimeValue = default;
            int? totalTimeValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("bk_host_id"u8))
                    hostIdValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "host_result.bk_host_id");
                else if (reader.ValueTextEquals("ip"u8))
                    ipValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "host_result.ip");
                else if (reader.ValueTextEquals("ipv6"u8))
                    ipV6Value = Bk::Serialization.BkJson.ReadNullableString(ref reader, "host_result.ipv6");
                else if (reader.ValueTextEquals("bk_agent_id"u8))
                    agentIdValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "host_result.bk_agent_id");
                else if (reader.ValueTextEquals("bk_cloud_id"u8))
                    cloudIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "host_result.bk_cloud_id");
                else if (reader.ValueTextEquals("bk_cloud_name"u8))
                    cloudNameValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "host_result.bk_cloud_name");
                else if (reader.ValueTextEquals("status"u8))
                    statusValue = Bk::Serialization.BkJson.ReadNotNull(ref reader, global::Consumer.JobV3.HostResultStatusJsonConverter.Instance, options, "host_result.status");
                else if (reader.ValueTextEquals("status_desc"u8))
                    statusDescValue = Bk::Serialization.BkJson.ReadNotNullString(ref reader, "host_result.status_desc");
                else if (reader.ValueTextEquals("tag"u8))
                    tagValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "host_result.tag");
                else if (reader.ValueTextEquals("exit_code"u8))
                    exitCodeValue = Bk::Serialization.BkJson.ReadNullableInt32(ref reader, "host_result.exit_code");
                else if (reader.ValueTextEquals("start_time"u8))
                    startTimeValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "host_result.start_time");
                else if (reader.ValueTextEquals("end_time"u8))
                    endTimeValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "host_result.end_time");
                else if (reader.ValueTextEquals("total_time"u8))
                    totalTimeValue = Bk::Serialization.BkJson.ReadNotNullInt32(ref reader, "host_result.total_time");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.HostResult
            {
                HostId = hostIdValue ?? throw Bk::Serialization.BkJson.Missing("host_result.bk_host_id"),
                Ip = ipValue,
                IpV6 = ipV6Value,
                AgentId = agentIdValue,
                CloudId = cloudIdValue,
                CloudName = cloudNameValue,
                Status = statusValue ?? throw Bk::Serialization.BkJson.Missing("host_result.status"),
                StatusDesc = statusDescValue ?? throw Bk::Serialization.BkJson.Missing("host_result.status_desc"),
                Tag = tagValue,
                ExitCode = exitCodeValue,
                StartTime = startTimeValue ?? throw Bk::Serialization.BkJson.Missing("host_result.start_time"),
                EndTime = endTimeValue ?? throw Bk::Serialization.BkJson.Missing("host_result.end_time"),
                TotalTime = totalTimeValue ?? throw Bk::Serialization.BkJson.Missing("host_result.total_time"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.HostResult value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber(s_hostIdName, value.HostId);
            if (value.Ip is { } ipValue) writer.WriteString(s_ipName, ipValue);
            if (value.IpV6 is { } ipV6Value) writer.WriteString(s_ipV6Name, ipV6Value);
            if (value.AgentId is { } agentIdValue) writer.WriteString(s_agentIdName, agentIdValue);
            if (value.CloudId is { } cloudIdValue) writer.WriteNumber(s_cloudIdName, cloudIdValue);
            if (value.CloudName is { } cloudNameValue) writer.WriteString(s_cloudNameName, cloudNameValue);
            writer.WriteNumber(s_statusName, (long)value.Status);
            if (value.StatusDesc is { } statusDescValue) writer.WriteString(s_statusDescName, statusDescValue);
            if (value.Tag is { } tagValue) writer.WriteString(s_tagName, tagValue);
            if (value.ExitCode is { } exitCodeValue) writer.WriteNumber(s_exitCodeName, exitCodeValue);
            writer.WriteNumber(s_startTimeName, value.StartTime);
            writer.WriteNumber(s_endTimeName, value.EndTime);
            writer.WriteNumber(s_totalTimeName, value.TotalTime);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class HostResultStatusJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.HostResultStatus>("host_result_status")
    {
        public static readonly HostResultStatusJsonConverter Instance = new();
        internal const string ListedValues = "0 (UnknownError), 1 (AgentException), 2 (InvalidHost), 3 (LastSuccessful), 5 (WaitingForExecution), 7 (Executing), 9 (ExecutionSuccessful), 11 (ExecutionFailed), 12 (TaskIssuanceFailed), 13 (TaskTimeout), 15 (TaskLogError), 16 (GseScriptLogTimeout), 17 (GseFileLogTimeout), 101 (ScriptExecutionFailed), 102 (ScriptExecutionTimeout), 103 (ScriptExecutionTerminated), 104 (ScriptReturnCodeNonZero), 202 (FileTransferFailed), 203 (SourceFileDoesNotExist), 301 (FileTaskSystemErrorUnclassified), 303 (FileTaskTimeout), 310 (AgentException310), 311 (UsernameDoesNotExist), 312 (UserPasswordError), 320 (FileRetrievalFailed), 321 (FileExceedsLimit), 329 (FileTransferError), 399 (TaskExecutionError), 403 (TaskForcedTerminationSuccessful), 404 (TaskForcedTerminationFailed), 500 (UnknownStatus)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.HostResultStatus? value) => value is null or global::Consumer.JobV3.HostResultStatus.UnknownError or global::Consumer.JobV3.HostResultStatus.AgentException or global::Consumer.JobV3.HostResultStatus.InvalidHost or global::Consumer.JobV3.HostResultStatus.LastSuccessful or global::Consumer.JobV3.HostResultStatus.WaitingForExecution or global::Consumer.JobV3.HostResultStatus.Executing or global::Consumer.JobV3.HostResultStatus.ExecutionSuccessful or global::Consumer.JobV3.HostResultStatus.ExecutionFailed or global::Consumer.JobV3.HostResultStatus.TaskIssuanceFailed or global::Consumer.JobV3.HostResultStatus.TaskTimeout or global::Consumer.JobV3.HostResultStatus.TaskLogError or global::Consumer.JobV3.HostResultStatus.GseScriptLogTimeout or global::Consumer.JobV3.HostResultStatus.GseFileLogTimeout or global::Consumer.JobV3.HostResultStatus.ScriptExecutionFailed or global::Consumer.JobV3.HostResultStatus.ScriptExecutionTimeout or global::Consumer.JobV3.HostResultStatus.ScriptExecutionTerminated or global::Consumer.JobV3.HostResultStatus.ScriptReturnCodeNonZero or global::Consumer.JobV3.HostResultStatus.FileTransferFailed or global::Consumer.JobV3.HostResultStatus.SourceFileDoesNotExist or global::Consumer.JobV3.HostResultStatus.FileTaskSystemErrorUnclassified or global::Consumer.JobV3.HostResultStatus.FileTaskTimeout or global::Consumer.JobV3.HostResultStatus.AgentException310 or global::Consumer.JobV3.HostResultStatus.UsernameDoesNotExist or global::Consumer.JobV3.HostResultStatus.UserPasswordError or global::Consumer.JobV3.HostResultStatus.FileRetrievalFailed or global::Consumer.JobV3.HostResultStatus.FileExceedsLimit or global::Consumer.JobV3.HostResultStatus.FileTransferError or global::Consumer.JobV3.HostResultStatus.TaskExecutionError or global::Consumer.JobV3.HostResultStatus.TaskForcedTerminationSuccessful or global::Consumer.JobV3.HostResultStatus.TaskForcedTerminationFailed or global::Consumer.JobV3.HostResultStatus.UnknownStatus;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class HostSystemBkciPluginBatchGetJobInstanceExecuteObjectLogJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.HostSystemBkciPluginBatchGetJobInstanceExecuteObjectLog>
    {
        public static readonly HostSystemBkciPluginBatchGetJobInstanceExecuteObjectLogJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_hostIdName = Stj::JsonEncodedText.Encode("bk_host_id"u8);
        private static readonly Stj::JsonEncodedText s_cloudIdName = Stj::JsonEncodedText.Encode("bk_cloud_id"u8);
        private static readonly Stj::JsonEncodedText s_ipName = Stj::JsonEncodedText.Encode("ip"u8);

        public override global::Consumer.JobV3.HostSystemBkciPluginBatchGetJobInstanceExecuteObjectLog Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "host_system_bkci_plugin_batch_get_job_instance_execute_object_log");
            long? hostIdValue = default;
            long? cloudIdValue = default;
            string? ipValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("bk_host_id"u8))
                    hostIdValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "host_system_bkci_plugin_batch_get_job_instance_execute_object_log.bk_host_id");
                else if (reader.ValueTextEquals("bk_cloud_id"u8))
                    cloudIdValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "host_system_bkci_plugin_batch_get_job_instance_execute_object_log.bk_cloud_id");
                else if (reader.ValueTextEquals("ip"u8))
                    ipValue = Bk::Serialization.BkJson.ReadNotNullString(ref reader, "host_system_bkci_plugin_batch_get_job_instance_execute_object_log.ip");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.HostSystemBkciPluginBatchGetJobInstanceExecuteObjectLog
            {
                HostId = hostIdValue ?? throw Bk::Serialization.BkJson.Missing("host_system_bkci_plugin_batch_get_job_instance_execute_object_log.bk_host_id"),
                CloudId = cloudIdValue ?? throw Bk::Serialization.BkJson.Missing("host_system_bkci_plugin_batch_get_job_instance_execute_object_log.bk_cloud_id"),
                Ip = ipValue ?? throw Bk::Serialization.BkJson.Missing("host_system_bkci_plugin_batch_get_job_instance_execute_object_log.ip"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.HostSystemBkciPluginBatchGetJobInstanceExecuteObjectLog value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber(s_hostIdName, value.HostId);
            writer.WriteNumber(s_cloudIdName, value.CloudId);
            if (value.Ip is { } ipValue) writer.WriteString(s_ipName, ipValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class IsIgnoreErrorJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.IsIgnoreError>("is_ignore_error")
    {
        public static readonly IsIgnoreErrorJsonConverter Instance = new();
        internal const string ListedValues = "0 (DoNotIgnore), 1 (Ignore)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.IsIgnoreError? value) => value is null or global::Consumer.JobV3.IsIgnoreError.DoNotIgnore or global::Consumer.JobV3.IsIgnoreError.Ignore;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class IsParamSensitiveJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.IsParamSensitive>("is_param_sensitive")
    {
        public static readonly IsParamSensitiveJsonConverter Instance = new();
        internal const string ListedValues = "0 (Insensitive), 1 (Sensitive)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.IsParamSensitive? value) => value is null or global::Consumer.JobV3.IsParamSensitive.Insensitive or global::Consumer.JobV3.IsParamSensitive.Sensitive;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class JobInstanceStatusSystemBkciPluginGetJobInstanceStatusJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus>("job_instance_status_system_bkci_plugin_get_job_instance_status")
    {
        public static readonly JobInstanceStatusSystemBkciPluginGetJobInstanceStatusJsonConverter Instance = new();
        internal const string ListedValues = "1 (Pending), 2 (Running), 3 (Successful), 4 (Failed), 5 (Skipped), 6 (IgnoreError), 7 (Waiting), 8 (Terminated), 9 (Abnormal), 10 (Terminating), 11 (TerminateSuccess), 13 (TerminationConfirmed), 14 (Abandoned), 15 (RollingWaiting)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus? value) => value is null or global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus.Pending or global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus.Running or global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus.Successful or global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus.Failed or global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus.Skipped or global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus.IgnoreError or global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus.Waiting or global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus.Terminated or global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus.Abnormal or global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus.Terminating or global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus.TerminateSuccess or global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus.TerminationConfirmed or global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus.Abandoned or global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus.RollingWaiting;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class JobInstanceSystemBkciPluginGetJobInstanceStatusJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.JobInstanceSystemBkciPluginGetJobInstanceStatus>
    {
        public static readonly JobInstanceSystemBkciPluginGetJobInstanceStatusJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_nameName = Stj::JsonEncodedText.Encode("name"u8);
        private static readonly Stj::JsonEncodedText s_statusName = Stj::JsonEncodedText.Encode("status"u8);
        private static readonly Stj::JsonEncodedText s_createTimeName = Stj::JsonEncodedText.Encode("create_time"u8);
        private static readonly Stj::JsonEncodedText s_startTimeName = Stj::JsonEncodedText.Encode("start_time"u8);
        private static readonly Stj::JsonEncodedText s_endTimeName = Stj::JsonEncodedText.Encode("end_time"u8);
        private static readonly Stj::JsonEncodedText s_totalTimeName = Stj::JsonEncodedText.Encode("total_time"u8);
        private static readonly Stj::JsonEncodedText s_scopeTypeName = Stj::JsonEncodedText.Encode("bk_scope_type"u8);
        private static readonly Stj::JsonEncodedText s_scopeIdName = Stj::JsonEncodedText.Encode("bk_scope_id"u8);
        private static readonly Stj::JsonEncodedText s_jobInstanceIdName = Stj::JsonEncodedText.Encode("job_instance_id"u8);

        public override global::Consumer.JobV3.JobInstanceSystemBkciPluginGetJobInstanceStatus Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "job_instance_system_bkci_plugin_get_job_instance_status");
            string? nameValue = default;
            global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatus? statusValue = default;
            long? createTimeValue = default;
            long? startTimeValue = default;
            long? endTimeValue = default;
            int? totalTimeValue = default;
            global::Consumer.JobV3.ScopeType? scopeTypeValue = default;
            string? scopeIdValue = default;
            long? jobInstanceIdValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("name"u8))
                    nameValue = Bk::Serialization.BkJson.ReadNotNullString(ref reader, "job_instance_system_bkci_plugin_get_job_instance_status.name");
                else if (reader.ValueTextEquals("status"u8))
                    statusValue = Bk::Serialization.BkJson.ReadNotNull(ref reader, global::Consumer.JobV3.JobInstanceStatusSystemBkciPluginGetJobInstanceStatusJsonConverter.Instance, options, "job_instance_system_bkci_plugin_get_job_instance_status.status");
                else if (reader.ValueTextEquals("create_time"u8))
                    createTimeValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "job_instance_system_bkci_plugin_get_job_instance_status.create_time");
                else if (reader.ValueTextEquals("start_time"u8))
                    startTimeValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "job_instance_system_bkci_plugin_get_job_instance_status.start_time");
                else if (reader.ValueTextEquals("end_time"u8))
                    endTimeValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "job_instance_system_bkci_plugin_get_job_instance_status.end_time");
                else if (reader.ValueTextEquals("total_time"u8))
                    totalTimeValue = Bk::Serialization.BkJson.ReadNullableInt32(ref reader, "job_instance_system_bkci_plugin_get_job_instance_status.total_time");
                else if (reader.ValueTextEquals("bk_scope_type"u8))
                    scopeTypeValue = Bk::Serialization.BkJson.ReadNotNull(ref reader, global::Consumer.JobV3.ScopeTypeJsonConverter.Instance, options, "job_instance_system_bkci_plugin_get_job_instance_status.bk_scope_type");
                else if (reader.ValueTextEquals("bk_scope_id"u8))
                    scopeIdValue = Bk::Serialization.BkJson.ReadNotNullString(ref reader, "job_instance_system_bkci_plugin_get_job_instance_status.bk_scope_id");
                else if (reader.ValueTextEquals("job_instance_id"u8))
                    jobInstanceIdValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "job_instance_system_bkci_plugin_get_job_instance_status.job_instance_id");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.JobInstanceSystemBkciPluginGetJobInstanceStatus
            {
                Name = nameValue ?? throw Bk::Serialization.BkJson.Missing("job_instance_system_bkci_plugin_get_job_instance_status.name"),
                Status = statusValue ?? throw Bk::Serialization.BkJson.Missing("job_instance_system_bkci_plugin_get_job_instance_status.status"),
                CreateTime = createTimeValue ?? throw Bk::Serialization.BkJson.Missing("job_instance_system_bkci_plugin_get_job_instance_status.create_time"),
                StartTime = startTimeValue,
                EndTime = endTimeValue,
                TotalTime = totalTimeValue,
                ScopeType = scopeTypeValue ?? throw Bk::Serialization.BkJson.Missing("job_instance_system_bkci_plugin_get_job_instance_status.bk_scope_type"),
                ScopeId = scopeIdValue ?? throw Bk::Serialization.BkJson.Missing("job_instance_system_bkci_plugin_get_job_instance_status.bk_scope_id"),
                JobInstanceId = jobInstanceIdValue ?? throw Bk::Serialization.BkJson.Missing("job_instance_system_bkci_plugin_get_job_instance_status.job_instance_id"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.JobInstanceSystemBkciPluginGetJobInstanceStatus value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Name is { } nameValue) writer.WriteString(s_nameName, nameValue);
            writer.WriteNumber(s_statusName, (long)value.Status);
            writer.WriteNumber(s_createTimeName, value.CreateTime);
            if (value.StartTime is { } startTimeValue) writer.WriteNumber(s_startTimeName, startTimeValue);
            if (value.EndTime is { } endTimeValue) writer.WriteNumber(s_endTimeName, endTimeValue);
            if (value.TotalTime is { } totalTimeValue) writer.WriteNumber(s_totalTimeName, totalTimeValue);
            writer.WriteString(s_scopeTypeName, value.ScopeType.Value);
            if (value.ScopeId is { } scopeIdValue) writer.WriteString(s_scopeIdName, scopeIdValue);
            writer.WriteNumber(s_jobInstanceIdName, value.JobInstanceId);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class LogTypeSystemBatchGetJobInstanceIpLogJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.LogTypeSystemBatchGetJobInstanceIpLog>("log_type_system_batch_get_job_instance_ip_log")
    {
        public static readonly LogTypeSystemBatchGetJobInstanceIpLogJsonConverter Instance = new();
        internal const string ListedValues = "1 (ScriptExecutionTaskLog), 2 (FileDistributionTaskLog)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.LogTypeSystemBatchGetJobInstanceIpLog? value) => value is null or global::Consumer.JobV3.LogTypeSystemBatchGetJobInstanceIpLog.ScriptExecutionTaskLog or global::Consumer.JobV3.LogTypeSystemBatchGetJobInstanceIpLog.FileDistributionTaskLog;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class RollingConfigModeJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.RollingConfigMode>("rolling_config_mode")
    {
        public static readonly RollingConfigModeJsonConverter Instance = new();
        internal const string ListedValues = "1 (Value1), 2 (Value2), 3 (ManualConfirmation)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.RollingConfigMode? value) => value is null or global::Consumer.JobV3.RollingConfigMode.Value1 or global::Consumer.JobV3.RollingConfigMode.Value2 or global::Consumer.JobV3.RollingConfigMode.ManualConfirmation;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class RollingConfigTypeJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.RollingConfigType>("rolling_config_type")
    {
        public static readonly RollingConfigTypeJsonConverter Instance = new();
        internal const string ListedValues = "1 (TransferTarget), 2 (SourceFile)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.RollingConfigType? value) => value is null or global::Consumer.JobV3.RollingConfigType.TransferTarget or global::Consumer.JobV3.RollingConfigType.SourceFile;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ScriptInfoJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.ScriptInfo>
    {
        public static readonly ScriptInfoJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_scriptTypeName = Stj::JsonEncodedText.Encode("script_type"u8);
        private static readonly Stj::JsonEncodedText s_scriptIdName = Stj::JsonEncodedText.Encode("script_id"u8);
        private static readonly Stj::JsonEncodedText s_scriptVersionIdName = Stj::JsonEncodedText.Encode("script_version_id"u8);
        private static readonly Stj::JsonEncodedText s_scriptContentName = Stj::JsonEncodedText.Encode("script_content"u8);
        private static readonly Stj::JsonEncodedText s_scriptLanguageName = Stj::JsonEncodedText.Encode("script_language"u8);
        private static readonly Stj::JsonEncodedText s_scriptParamName = Stj::JsonEncodedText.Encode("script_param"u8);
        private static readonly Stj::JsonEncodedText s_scriptTimeoutName = Stj::JsonEncodedText.Encode("script_timeout"u8);
        private static readonly Stj::JsonEncodedText s_accountName = Stj::JsonEncodedText.Encode("account"u8);
        private static readonly Stj::JsonEncodedText s_serverName = Stj::JsonEncodedText.Encode("server"u8);
        private static readonly Stj::JsonEncodedText s_isParamSensitiveName = Stj::JsonEncodedText.Encode("is_param_sensitive"u8);
        private static readonly Stj::JsonEncodedText s_isIgnoreErrorName = Stj::JsonEncodedText.Encode("is_ignore_error"u8);

        public override global::Consumer.JobV3.ScriptInfo Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "script_info");
            global::Consumer.JobV3.ScriptType? scriptTypeValue = default;
            string? scriptIdValue = default;
            long? scriptVersionIdValue = default;
            string? scriptContentValue = default;
            global::Consumer.JobV3.ScriptLanguageCheckScript? scriptLanguageValue = default;
            string? scriptParamValue = default;
            int? scriptTimeoutValue = default;
            global::Consumer.JobV3.AccountGetStepInstanceDetail? accountValue = default;
            global::Consumer.JobV3.ServerInfoGetStepInstanceDetail? serverValue = default;
            global::Consumer.JobV3.IsParamSensitive? isParamSensitiveValue = default;
            global::Consumer.JobV3.IsIgnoreError? isIgnoreErrorValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("script_type"u8))
                    scriptTypeValue = Bk::Serialization.BkJson.ReadNotNull(ref reader, global::Consumer.JobV3.ScriptTypeJsonConverter.Instance, options, "script_info.script_type");
                else if (reader.ValueTextEquals("script_id"u8))
                    scriptIdValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "script_info.script_id");
                else if (reader.ValueTextEquals("script_version_id"u8))
                    scriptVersionIdValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "script_info.script_version_id");
                else if (reader.ValueTextEquals("script_content"u8))
                    scriptContentValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "script_info.script_content");
                else if (reader.ValueTextEquals("script_language"u8))
                    scriptLanguageValue = Bk::Serialization.BkJson.ReadNotNull(ref reader, global::Consumer.JobV3.ScriptLanguageCheckScriptJsonConverter.Instance, options, "script_info.script_language");
                else if (reader.ValueTextEquals("script_param"u8))
                    scriptParamValue = Bk::Serialization.BkJson.ReadNotNullString(ref reader, "script_info.script_param");
                else if (reader.ValueTextEquals("script_timeout"u8))
                    scriptTimeoutValue = Bk::Serialization.BkJson.ReadNotNullInt32(ref reader, "script_info.script_timeout");
                else if (reader.ValueTextEquals("account"u8))
                    accountValue = Bk::Serialization.BkJson.ReadNotNull(ref reader, global::Consumer.JobV3.AccountGetStepInstanceDetailJsonConverter.Instance, options, "script_info.account");
                else if (reader.ValueTextEquals("server"u8))
                    serverValue = Bk::Serialization.BkJson.ReadNotNull(ref reader, global::Consumer.JobV3.ServerInfoGetStepInstanceDetailJsonConverter.Instance, options, "script_info.server");
                else if (reader.ValueTextEquals("is_param_sensitive"u8))
                    isParamSensitiveValue = Bk::Serialization.BkJson.ReadNotNull(ref reader, global::Consumer.JobV3.IsParamSensitiveJsonConverter.Instance, options, "script_info.is_param_sensitive");
                else if (reader.ValueTextEquals("is_ignore_error"u8))
                    isIgnoreErrorValue = Bk::Serialization.BkJson.ReadNotNull(ref reader, global::Consumer.JobV3.IsIgnoreErrorJsonConverter.Instance, options, "script_info.is_ignore_error");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.ScriptInfo
            {
                ScriptType = scriptTypeValue ?? throw Bk::Serialization.BkJson.Missing("script_info.script_type"),
                ScriptId = scriptIdValue,
                ScriptVersionId = scriptVersionIdValue,
                ScriptContent = scriptContentValue,
                ScriptLanguage = scriptLanguageValue ?? throw Bk::Serialization.BkJson.Missing("script_info.script_language"),
                ScriptParam = scriptParamValue ?? throw Bk::Serialization.BkJson.Missing("script_info.script_param"),
                ScriptTimeout = scriptTimeoutValue ?? throw Bk::Serialization.BkJson.Missing("script_info.script_timeout"),
                Account = accountValue ?? throw Bk::Serialization.BkJson.Missing("script_info.account"),
                Server = serverValue ?? throw Bk::Serialization.BkJson.Missing("script_info.server"),
                IsParamSensitive = isParamSensitiveValue ?? throw Bk::Serialization.BkJson.Missing("script_info.is_param_sensitive"),
                IsIgnoreError = isIgnoreErrorValue ?? throw Bk::Serialization.BkJson.Missing("script_info.is_ignore_error"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.ScriptInfo value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber(s_scriptTypeName, (long)value.ScriptType);
            if (value.ScriptId is { } scriptIdValue) writer.WriteString(s_scriptIdName, scriptIdValue);
            if (value.ScriptVersionId is { } scriptVersionIdValue) writer.WriteNumber(s_scriptVersionIdName, scriptVersionIdValue);
            if (value.ScriptContent is { } scriptContentValue) writer.WriteString(s_scriptContentName, scriptContentValue);
            writer.WriteNumber(s_scriptLanguageName, (long)value.ScriptLanguage);
            if (value.ScriptParam is { } scriptParamValue) writer.WriteString(s_scriptParamName, scriptParamValue);
            writer.WriteNumber(s_scriptTimeoutName, value.ScriptTimeout);
            if (value.Account is { } accountValue) Bk::Serialization.BkJson.WriteMember(writer, s_accountName, accountValue, global::Consumer.JobV3.AccountGetStepInstanceDetailJsonConverter.Instance, options);
            if (value.Server is { } serverValue) Bk::Serialization.BkJson.WriteMember(writer, s_serverName, serverValue, global::Consumer.JobV3.ServerInfoGetStepInstanceDetailJsonConverter.Instance, options);
            writer.WriteNumber(s_isParamSensitiveName, (long)value.IsParamSensitive);
            writer.WriteNumber(s_isIgnoreErrorName, (long)value.IsIgnoreError);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ScriptTypeJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.ScriptType>("script_type")
    {
        public static readonly ScriptTypeJsonConverter Instance = new();
        internal const string ListedValues = "1 (LocalScript), 2 (ReferenceBusinessScript), 3 (ReferencePublicScript)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.ScriptType? value) => value is null or global::Consumer.JobV3.ScriptType.LocalScript or global::Consumer.JobV3.ScriptType.ReferenceBusinessScript or global::Consumer.JobV3.ScriptType.ReferencePublicScript;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ServerInfoGetStepInstanceDetailJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.ServerInfoGetStepInstanceDetail>
    {
        public static readonly ServerInfoGetStepInstanceDetailJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_variableName = Stj::JsonEncodedText.Encode("variable"u8);
        private static readonly Stj::JsonEncodedText s_ipListName = Stj::JsonEncodedText.Encode("ip_list"u8);
        private static readonly Stj::JsonEncodedText s_topoNodeListName = Stj::JsonEncodedText.Encode("topo_node_list"u8);
        private static readonly Stj::JsonEncodedText s_dynamicGroupListName = Stj::JsonEncodedText.Encode("dynamic_group_list"u8);
        private static readonly Stj::JsonEncodedText s_serverName = Stj::JsonEncodedText.Encode("server"u8);

        public override global::Consumer.JobV3.ServerInfoGetStepInstanceDetail Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "server_get_step_instance_detail");
            string? variableValue = default;
            global::System.Collections.Generic.IReadOnlyList<global::System.Text.Json.JsonElement> ipListValue = [];
            global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.TopoNodeGetStepInstanceDetail> topoNodeListValue = [];
            global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.DynamicGroupGetStepInstanceDetail> dynamicGroupListValue = [];
            global::Consumer.JobV3.ServerInfoGetStepInstanceDetail? serverValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("variable"u8))
                    variableValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "server_get_step_instance_detail.variable");
                else if (reader.ValueTextEquals("ip_list"u8))
                    ipListValue = Bk::Serialization.BkJson.ReadListOrEmpty(ref reader, Bk::Serialization.BkScalarConverters.Element, options, "server_get_step_instance_detail.ip_list", elementsNullable: false);
                else if (reader.ValueTextEquals("topo_node_list"u8))
                    topoNodeListValue = Bk::Serialization.BkJson.ReadListOrEmpty(ref reader, global::Consumer.JobV3.TopoNodeGetStepInstanceDetailJsonConverter.Instance, options, "server_get_step_instance_detail.topo_node_list", elementsNullable: false);
                else if (reader.ValueTextEquals("dynamic_group_list"u8))
                    dynamicGroupListValue = Bk::Serialization.BkJson.ReadListOrEmpty(ref reader, global::Consumer.JobV3.DynamicGroupGetStepInstanceDetailJsonConverter.Instance, options, "server_get_step_instance_detail.dynamic_group_list", elementsNullable: false);
                else if (reader.ValueTextEquals("server"u8))
                    serverValue = Bk::Serialization.BkJson.ReadNullable(ref reader, global::Consumer.JobV3.ServerInfoGetStepInstanceDetailJsonConverter.Instance, options);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.ServerInfoGetStepInstanceDetail
            {
                Variable = variableValue,
                IpList = ipListValue,
                TopoNodeList = topoNodeListValue,
                DynamicGroupList = dynamicGroupListValue,
                Server = serverValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.ServerInfoGetStepInstanceDetail value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Variable is { } variableValue) writer.WriteString(s_variableName, variableValue);
            if (value.IpList is { } ipListValue) Bk::Serialization.BkJson.WriteList(writer, s_ipListName, ipListValue);
            if (value.TopoNodeList is { } topoNodeListValue) WriteTopoNodeListItems(writer, topoNodeListValue, options);
            if (value.DynamicGroupList is { } dynamicGroupListValue) WriteDynamicGroupListItems(writer, dynamicGroupListValue, options);
            if (value.Server is { } serverValue) Bk::Serialization.BkJson.WriteMember(writer, s_serverName, serverValue, global::Consumer.JobV3.ServerInfoGetStepInstanceDetailJsonConverter.Instance, options);
            writer.WriteEndObject();
        }

        private static void WriteTopoNodeListItems(Stj::Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.TopoNodeGetStepInstanceDetail> list, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartArray(s_topoNodeListName);
            var items = Bk::Serialization.BkJson.ListSpan(list, out var rented);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                    writer.WriteNullValue();
                else
                    global::Consumer.JobV3.TopoNodeGetStepInstanceDetailJsonConverter.Instance.Write(writer, item, options);
            }

            Bk::Serialization.BkJson.ReturnListSpan(rented);
            writer.WriteEndArray();
        }

        private static void WriteDynamicGroupListItems(Stj::Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.DynamicGroupGetStepInstanceDetail> list, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartArray(s_dynamicGroupListName);
            var items = Bk::Serialization.BkJson.ListSpan(list, out var rented);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                    writer.WriteNullValue();
                else
                    global::Consumer.JobV3.DynamicGroupGetStepInstanceDetailJsonConverter.Instance.Write(writer, item, options);
            }

            Bk::Serialization.BkJson.ReturnListSpan(rented);
            writer.WriteEndArray();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class ServerSystemFastExecuteScriptJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.ServerSystemFastExecuteScript>
    {
        public static readonly ServerSystemFastExecuteScriptJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_hostIdListName = Stj::JsonEncodedText.Encode("host_id_list"u8);
        private static readonly Stj::JsonEncodedText s_ipListName = Stj::JsonEncodedText.Encode("ip_list"u8);
        private static readonly Stj::JsonEncodedText s_dynamicGroupListName = Stj::JsonEncodedText.Encode("dynamic_group_list"u8);
        private static readonly Stj::JsonEncodedText s_topoNodeListName = Stj::JsonEncodedText.Encode("topo_node_list"u8);

        public override global::Consumer.JobV3.ServerSystemFastExecuteScript Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "server_system_fast_execute_script");
            global::System.Collections.Generic.IReadOnlyList<long>? hostIdListValue = default;
            global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.HostFastExecuteSql>? ipListValue = default;
            global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.DynamicGroupFastExecuteSql>? dynamicGroupListValue = default;
            global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.TopoNodeList>? topoNodeListValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("host_id_list"u8))
                    hostIdListValue = Bk::Serialization.BkJson.ReadNullableList(ref reader, Bk::Serialization.BkScalarConverters.Int64, options, "server_system_fast_execute_script.host_id_list", elementsNullable: false);
                else if (reader.ValueTextEquals("ip_list"u8))
                    ipListValue = Bk::Serialization.BkJson.ReadNullableList(ref reader, global::Consumer.JobV3.HostFastExecuteSqlJsonConverter.Instance, options, "server_system_fast_execute_script.ip_list", elementsNullable: false);
                else if (reader.ValueTextEquals("dynamic_group_list"u8))
                    dynamicGroupListValue = Bk::Serialization.BkJson.ReadNullableList(ref reader, global::Consumer.JobV3.DynamicGroupFastExecuteSqlJsonConverter.Instance, options, "server_system_fast_execute_script.dynamic_group_list", elementsNullable: false);
                else if (reader.ValueTextEquals("topo_node_list"u8))
                    topoNodeListValue = Bk::Serialization.BkJson.ReadNullableList(ref reader, global::Consumer.JobV3.TopoNodeListJsonConverter.Instance, options, "server_system_fast_execute_script.topo_node_list", elementsNullable: false);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.ServerSystemFastExecuteScript
            {
                HostIdList = hostIdListValue,
                IpList = ipListValue,
                DynamicGroupList = dynamicGroupListValue,
                TopoNodeList = topoNodeListValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.ServerSystemFastExecuteScript value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.HostIdList is { } hostIdListValue) Bk::Serialization.BkJson.WriteList(writer, s_hostIdListName, hostIdListValue);
            if (value.IpList is { } ipListValue) WriteIpListItems(writer, ipListValue, options);
            if (value.DynamicGroupList is { } dynamicGroupListValue) WriteDynamicGroupListItems(writer, dynamicGroupListValue, options);
            if (value.TopoNodeList is { } topoNodeListValue) WriteTopoNodeListItems(writer, topoNodeListValue, options);
            writer.WriteEndObject();
        }

        private static void WriteIpListItems(Stj::Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.HostFastExecuteSql> list, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartArray(s_ipListName);
            var items = Bk::Serialization.BkJson.ListSpan(list, out var rented);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                    writer.WriteNullValue();
                else
                    global::Consumer.JobV3.HostFastExecuteSqlJsonConverter.Instance.Write(writer, item, options);
            }

            Bk::Serialization.BkJson.ReturnListSpan(rented);
            writer.WriteEndArray();
        }

        private static void WriteDynamicGroupListItems(Stj::Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.DynamicGroupFastExecuteSql> list, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartArray(s_dynamicGroupListName);
            var items = Bk::Serialization.BkJson.ListSpan(list, out var rented);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                    writer.WriteNullValue();
                else
                    global::Consumer.JobV3.DynamicGroupFastExecuteSqlJsonConverter.Instance.Write(writer, item, options);
            }

            Bk::Serialization.BkJson.ReturnListSpan(rented);
            writer.WriteEndArray();
        }

        private static void WriteTopoNodeListItems(Stj::Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.TopoNodeList> list, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartArray(s_topoNodeListName);
            var items = Bk::Serialization.BkJson.ListSpan(list, out var rented);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                    writer.WriteNullValue();
                else
                    global::Consumer.JobV3.TopoNodeListJsonConverter.Instance.Write(writer, item, options);
            }

            Bk::Serialization.BkJson.ReturnListSpan(rented);
            writer.WriteEndArray();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class StepInstanceStatusJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.StepInstanceStatus>("step_instance_status")
    {
        public static readonly StepInstanceStatusJsonConverter Instance = new();
        internal const string ListedValues = "1 (Pending), 2 (Running), 3 (Successful), 4 (Failed), 5 (Skipped), 6 (IgnoreError), 7 (Waiting), 8 (Terminated), 9 (Abnormal), 10 (Terminating), 11 (TerminateSuccess), 12 (StepForceTerminateFailed), 13 (TerminationConfirmed), 14 (Abandoned), 15 (RollingWaiting)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.StepInstanceStatus? value) => value is null or global::Consumer.JobV3.StepInstanceStatus.Pending or global::Consumer.JobV3.StepInstanceStatus.Running or global::Consumer.JobV3.StepInstanceStatus.Successful or global::Consumer.JobV3.StepInstanceStatus.Failed or global::Consumer.JobV3.StepInstanceStatus.Skipped or global::Consumer.JobV3.StepInstanceStatus.IgnoreError or global::Consumer.JobV3.StepInstanceStatus.Waiting or global::Consumer.JobV3.StepInstanceStatus.Terminated or global::Consumer.JobV3.StepInstanceStatus.Abnormal or global::Consumer.JobV3.StepInstanceStatus.Terminating or global::Consumer.JobV3.StepInstanceStatus.TerminateSuccess or global::Consumer.JobV3.StepInstanceStatus.StepForceTerminateFailed or global::Consumer.JobV3.StepInstanceStatus.TerminationConfirmed or global::Consumer.JobV3.StepInstanceStatus.Abandoned or global::Consumer.JobV3.StepInstanceStatus.RollingWaiting;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class StepInstanceTypeJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.StepInstanceType>("step_instance_type")
    {
        public static readonly StepInstanceTypeJsonConverter Instance = new();
        internal const string ListedValues = "1 (ScriptStep), 2 (FileStep), 3 (ManualConfirmationStep), 4 (SqlStep)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.StepInstanceType? value) => value is null or global::Consumer.JobV3.StepInstanceType.ScriptStep or global::Consumer.JobV3.StepInstanceType.FileStep or global::Consumer.JobV3.StepInstanceType.ManualConfirmationStep or global::Consumer.JobV3.StepInstanceType.SqlStep;
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class StepResultGroupJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.StepResultGroup>
    {
        public static readonly StepResultGroupJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_resultTypeName = Stj::JsonEncodedText.Encode("result_type"u8);
        private static readonly Stj::JsonEncodedText s_resultTypeDescName = Stj::JsonEncodedText.Encode("result_type_desc"u8);
        private static readonly Stj::JsonEncodedText s_tagName = Stj::JsonEncodedText.Encode("tag"u8);
        private static readonly Stj::JsonEncodedText s_hostSizeName = Stj::JsonEncodedText.Encode("host_size"u8);
        private static readonly Stj::JsonEncodedText s_hostResultListName = Stj::JsonEncodedText.Encode("host_result_list"u8);

        public override global::Consumer.JobV3.StepResultGroup Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "step_result_group");
            int? resultTypeValue = default;
            string? resultTypeDescValue = default;
            string? tagValue = default;
            int? hostSizeValue = default;
            global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.HostResult> hostResultListValue = [];
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("result_type"u8))
                    resultTypeValue = Bk::Serialization.BkJson.ReadNotNullInt32(ref reader, "step_result_group.result_type");
                else if (reader.ValueTextEquals("result_type_desc"u8))
                    resultTypeDescValue = Bk::Serialization.BkJson.ReadNotNullString(ref reader, "step_result_group.result_type_desc");
                else if (reader.ValueTextEquals("tag"u8))
                    tagValue = Bk::Serialization.BkJson.ReadNotNullString(ref reader, "step_result_group.tag");
                else if (reader.ValueTextEquals("host_size"u8))
                    hostSizeValue = Bk::Serialization.BkJson.ReadNotNullInt32(ref reader, "step_result_group.host_size");
                else if (reader.ValueTextEquals("host_result_list"u8))
                    hostResultListValue = Bk::Serialization.BkJson.ReadListOrEmpty(ref reader, global::Consumer.JobV3.HostResultJsonConverter.Instance, options, "step_result_group.host_result_list", elementsNullable: false);
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.StepResultGroup
            {
                ResultType = resultTypeValue ?? throw Bk::Serialization.BkJson.Missing("step_result_group.result_type"),
                ResultTypeDesc = resultTypeDescValue ?? throw Bk::Serialization.BkJson.Missing("step_result_group.result_type_desc"),
                Tag = tagValue ?? throw Bk::Serialization.BkJson.Missing("step_result_group.tag"),
                HostSize = hostSizeValue ?? throw Bk::Serialization.BkJson.Missing("step_result_group.host_size"),
                HostResultList = hostResultListValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.StepResultGroup value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber(s_resultTypeName, value.ResultType);
            if (value.ResultTypeDesc is { } resultTypeDescValue) writer.WriteString(s_resultTypeDescName, resultTypeDescValue);
            if (value.Tag is { } tagValue) writer.WriteString(s_tagName, tagValue);
            writer.WriteNumber(s_hostSizeName, value.HostSize);
            if (value.HostResultList is { } hostResultListValue) WriteHostResultListItems(writer, hostResultListValue, options);
            writer.WriteEndObject();
        }

        private static void WriteHostResultListItems(Stj::Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<global::Consumer.JobV3.HostResult> list, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartArray(s_hostResultListName);
            var items = Bk::Serialization.BkJson.ListSpan(list, out var rented);
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                    writer.WriteNullValue();
                else
                    global::Consumer.JobV3.HostResultJsonConverter.Instance.Write(writer, item, options);
            }

            Bk::Serialization.BkJson.ReturnListSpan(rented);
            writer.WriteEndArray();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class TopoNodeGetStepInstanceDetailJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.TopoNodeGetStepInstanceDetail>
    {
        public static readonly TopoNodeGetStepInstanceDetailJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_nodeTypeName = Stj::JsonEncodedText.Encode("node_type"u8);
        private static readonly Stj::JsonEncodedText s_idName = Stj::JsonEncodedText.Encode("id"u8);

        public override global::Consumer.JobV3.TopoNodeGetStepInstanceDetail Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "topo_node_get_step_instance_detail");
            string? nodeTypeValue = default;
            int? idValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("node_type"u8))
                    nodeTypeValue = Bk::Serialization.BkJson.ReadNotNullString(ref reader, "topo_node_get_step_instance_detail.node_type");
                else if (reader.ValueTextEquals("id"u8))
                    idValue = Bk::Serialization.BkJson.ReadNotNullInt32(ref reader, "topo_node_get_step_instance_detail.id");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.TopoNodeGetStepInstanceDetail
            {
                NodeType = nodeTypeValue ?? throw Bk::Serialization.BkJson.Missing("topo_node_get_step_instance_detail.node_type"),
                Id = idValue ?? throw Bk::Serialization.BkJson.Missing("topo_node_get_step_instance_detail.id"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.TopoNodeGetStepInstanceDetail value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.NodeType is { } nodeTypeValue) writer.WriteString(s_nodeTypeName, nodeTypeValue);
            writer.WriteNumber(s_idName, value.Id);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class TopoNodeListJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.TopoNodeList>
    {
        public static readonly TopoNodeListJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_idName = Stj::JsonEncodedText.Encode("id"u8);
        private static readonly Stj::JsonEncodedText s_nodeTypeName = Stj::JsonEncodedText.Encode("node_type"u8);

        public override global::Consumer.JobV3.TopoNodeList Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "topo_node_list");
            long? idValue = default;
            string? nodeTypeValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("id"u8))
                    idValue = Bk::Serialization.BkJson.ReadNullableInt64(ref reader, "topo_node_list.id");
                else if (reader.ValueTextEquals("node_type"u8))
                    nodeTypeValue = Bk::Serialization.BkJson.ReadNullableString(ref reader, "topo_node_list.node_type");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.TopoNodeList
            {
                Id = idValue,
                NodeType = nodeTypeValue,
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.TopoNodeList value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            if (value.Id is { } idValue) writer.WriteNumber(s_idName, idValue);
            if (value.NodeType is { } nodeTypeValue) writer.WriteString(s_nodeTypeName, nodeTypeValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class TopoNodeSystemGetCronDetailJsonConverter : Stj::Serialization.JsonConverter<global::Consumer.JobV3.TopoNodeSystemGetCronDetail>
    {
        public static readonly TopoNodeSystemGetCronDetailJsonConverter Instance = new();
        private static readonly Stj::JsonEncodedText s_idName = Stj::JsonEncodedText.Encode("id"u8);
        private static readonly Stj::JsonEncodedText s_nodeTypeName = Stj::JsonEncodedText.Encode("node_type"u8);

        public override global::Consumer.JobV3.TopoNodeSystemGetCronDetail Read(ref Stj::Utf8JsonReader reader, global::System.Type typeToConvert, Stj::JsonSerializerOptions options)
        {
            Bk::Serialization.BkJson.ExpectStartObject(ref reader, "topo_node_system_get_cron_detail");
            long? idValue = default;
            string? nodeTypeValue = default;
            while (Bk::Serialization.BkJson.ReadPropertyName(ref reader))
            {
                if (reader.ValueTextEquals("id"u8))
                    idValue = Bk::Serialization.BkJson.ReadNotNullInt64(ref reader, "topo_node_system_get_cron_detail.id");
                else if (reader.ValueTextEquals("node_type"u8))
                    nodeTypeValue = Bk::Serialization.BkJson.ReadNotNullString(ref reader, "topo_node_system_get_cron_detail.node_type");
                else
                    Bk::Serialization.BkJson.SkipValue(ref reader);
            }

            return new global::Consumer.JobV3.TopoNodeSystemGetCronDetail
            {
                Id = idValue ?? throw Bk::Serialization.BkJson.Missing("topo_node_system_get_cron_detail.id"),
                NodeType = nodeTypeValue ?? throw Bk::Serialization.BkJson.Missing("topo_node_system_get_cron_detail.node_type"),
            };
        }

        public override void Write(Stj::Utf8JsonWriter writer, global::Consumer.JobV3.TopoNodeSystemGetCronDetail value, Stj::JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber(s_idName, value.Id);
            if (value.NodeType is { } nodeTypeValue) writer.WriteString(s_nodeTypeName, nodeTypeValue);
            writer.WriteEndObject();
        }
    }

    [Sys::CodeDom.Compiler.GeneratedCode("BkApiGen", "0.1.0")]
    internal sealed class TransferModeGetStepInstanceDetailJsonConverter() : Bk::Serialization.BkInt32EnumConverter<global::Consumer.JobV3.TransferModeGetStepInstanceDetail>("transfer_mode_get_step_instance_detail")
    {
        public static readonly TransferModeGetStepInstanceDetailJsonConverter Instance = new();
        internal const string ListedValues = "1 (StrictMode), 2 (MandatoryMode), 3 (SafeMode)";

        /// <summary>True when <paramref name="value"/> is absent or one of the values the spec lists: what a request may send.</summary>
        internal static bool IsListed(global::Consumer.JobV3.TransferModeGetStepInstanceDetail? value) => value is null or global::Consumer.JobV3.TransferModeGetStepInstanceDetail.StrictMode or global::Consumer.JobV3.TransferModeGetStepInstanceDetail.MandatoryMode or global::Consumer.JobV3.TransferModeGetStepInstanceDetail.SafeMode;
    }
