using BkApiGen.Runtime.Errors;
using BkApiGen.Specs.Tests.JobV3;

namespace BkApiGen.Specs.Tests;

/// <summary>The documented request rules the specs add beyond the seed's, refused before sending with their wire paths.</summary>
public sealed class ValidationRuleTests
{
    private static IReadOnlyList<BkValidationError> Errors(Action validate)
        => Assert.Throws<BkApiValidationException>(validate).Errors;

    /// <summary>fast_execute_script: a script (version, ID or content), an account (ID or alias), and a language with script_content.</summary>
    [Fact]
    public void Fast_execute_script_needs_a_script_an_account_and_a_language_for_content()
    {
        var errors = Errors(() => new FastExecuteScriptRequest { ScopeType = ScopeType.Biz, ScopeId = "1", Timeout = 0 }.Validate());

        Assert.Contains(errors, e => e.Path == "timeout");
        Assert.Contains(errors, e => e.Message.Contains("script_version_id, or script_id, or script_content", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("account_id, or account_alias", StringComparison.Ordinal));

        var content = Errors(() => new FastExecuteScriptRequest { ScopeType = ScopeType.Biz, ScopeId = "1", ScriptContent = "ZWNobw==", AccountAlias = "root" }.Validate());
        Assert.Equal("script_language", Assert.Single(content).Path);
    }

    /// <summary>fast_transfer_file: at least one source with at least one file; shared types validate at their path.</summary>
    [Fact]
    public void Fast_transfer_file_checks_sources_and_hosts_at_their_paths()
    {
        var errors = Errors(() => new FastTransferFileRequest
        {
            BizId = 2,
            AccountId = 1,
            FileTargetPath = "/tmp/",
            FileSourceList = [new FileSource { Account = new Account(), Server = new Server { IpList = [new Host { CloudId = 0, Ip = "10.0.0.256" }] } }],
        }.Validate());

        Assert.Contains(errors, e => e.Path == "file_source_list[0].file_list");
        Assert.Contains(errors, e => e.Path == "file_source_list[0].account");
        Assert.Contains(errors, e => e.Path == "file_source_list[0].server.ip_list[0].ip");
    }

    /// <summary>get_job_instance_ip_log: the host is bk_host_id, or bk_cloud_id and ip together.</summary>
    [Fact]
    public void Get_job_instance_ip_log_needs_a_host()
    {
        var errors = Errors(() => new GetJobInstanceIpLogRequest { BizId = 2, JobInstanceId = 1, StepInstanceId = 2, Ip = "10.0.0.1" }.Validate());

        Assert.Contains(errors, e => e.Message.Contains("bk_host_id, or bk_cloud_id + ip", StringComparison.Ordinal));
        new GetJobInstanceIpLogRequest { BizId = 2, JobInstanceId = 1, StepInstanceId = 2, CloudId = 0, Ip = "10.0.0.1" }.Validate();
    }

    /// <summary>get_job_instance_list: a page holds at most 1000 records.</summary>
    [Fact]
    public void Get_job_instance_list_pages_hold_at_most_1000()
    {
        var errors = Errors(() => new GetJobInstanceListRequest { BizId = 2, CreateTimeStart = 0, CreateTimeEnd = 1, Length = 1001 }.Validate());

        Assert.Equal("length", Assert.Single(errors).Path);
    }

    /// <summary>execute_job_plan: a global variable is identified by id or name.</summary>
    [Fact]
    public void Execute_job_plan_variables_need_an_id_or_a_name()
    {
        var errors = Errors(() => new ExecuteJobPlanRequest { BizId = 2, JobPlanId = 1, GlobalVarList = [new GlobalVar { Value = "x" }] }.Validate());

        Assert.Equal("global_var_list[0]", Assert.Single(errors).Path);
    }
}
