using BkApiGen.Specs.Tests.JobV3;

namespace BkApiGen.Specs.Tests;

/// <summary>The doc examples of the operations that start or act on jobs: fast_execute_script, fast_transfer_file, execute_job_plan, operate_job_instance.</summary>
public sealed class ExecutionExampleTests
{
    /// <summary>fast_execute_script: the request (script by version, account by ID, targets by host ID, dynamic group and topology node).</summary>
    [Fact]
    public void Fast_execute_script_request()
    {
        var request = Examples.RoundTripRequest("fast_execute_script.request.json", FastExecuteScriptJsonContext.Default.FastExecuteScriptRequest, r => r.Validate());

        Assert.Equal(ScopeType.Biz, request.ScopeType);
        Assert.Equal("1", request.ScopeId);
        Assert.Equal(1, request.ScriptVersionId);
        Assert.Equal("ZWNobyAkMQ==", request.ScriptContent);
        Assert.Equal(ScriptLanguage.Shell, request.ScriptLanguage);
        Assert.Equal(1000, request.Timeout);
        Assert.Equal(1000, request.AccountId);
        Assert.Equal(0, request.IsParamSensitive);
        var target = Assert.IsType<Server>(request.TargetServer);
        Assert.Equal([101L, 102L], target.HostIdList);
        Assert.Equal("blo8gojho0skft7pr5q0", Assert.Single(target.DynamicGroupList!).Id);
        var node = Assert.Single(target.TopoNodeList!);
        Assert.Equal(1000, node.Id);
        Assert.Equal("module", node.NodeType);
        Assert.Null(target.IpList);
    }

    /// <summary>fast_execute_script: the response (job_instance_name is a string, though the doc's table says long).</summary>
    [Fact]
    public void Fast_execute_script_response()
    {
        var result = Examples.RoundTripResponse("fast_execute_script.response.json", FastExecuteScriptJsonContext.Default.FastExecuteScriptResponse).Data!;

        Assert.Equal(10000, result.JobInstanceId);
        Assert.Equal("API Quick execution script1521100521303", result.JobInstanceName);
        Assert.Equal(10001, result.StepInstanceId);
    }

    /// <summary>fast_transfer_file: the request (a server source with its account, two third-party sources by ID and by code).</summary>
    [Fact]
    public void Fast_transfer_file_request()
    {
        var request = Examples.RoundTripRequest("fast_transfer_file.request.json", FastTransferFileJsonContext.Default.FastTransferFileRequest, r => r.Validate());

        Assert.Equal("/tmp/", request.FileTargetPath);
        Assert.Equal(TransferMode.Strict, request.TransferMode);
        Assert.Equal(101, request.AccountId);
        Assert.Equal(3, request.FileSourceList.Count);
        var server = request.FileSourceList[0];
        Assert.Equal(FileSourceType.Server, server.FileType);
        Assert.Equal(["/tmp/REGEX:[a-z]*.txt"], server.FileList);
        Assert.Equal(100, server.Account!.Id);
        Assert.Equal([101L, 102L], server.Server!.HostIdList);
        Assert.Equal(2, server.Server.DynamicGroupList!.Count);
        var byId = request.FileSourceList[1];
        Assert.Equal(FileSourceType.ThirdParty, byId.FileType);
        Assert.Equal(1, byId.FileSourceId);
        Assert.Null(byId.Account);
        Assert.Equal("testInnerCOS", request.FileSourceList[2].FileSourceCode);
        Assert.Equal([103L, 104L], request.TargetServer!.HostIdList);
    }

    /// <summary>fast_transfer_file: the response.</summary>
    [Fact]
    public void Fast_transfer_file_response()
    {
        var result = Examples.RoundTripResponse("fast_transfer_file.response.json", FastTransferFileJsonContext.Default.FastTransferFileResponse).Data!;

        Assert.Equal(10000, result.JobInstanceId);
        Assert.Equal("API Quick Distribution File1521101427176", result.JobInstanceName);
        Assert.Equal(10001, result.StepInstanceId);
    }

    /// <summary>execute_job_plan: the request (one host variable by ID, one string variable by name).</summary>
    [Fact]
    public void Execute_job_plan_request()
    {
        var request = Examples.RoundTripRequest("execute_job_plan.request.json", ExecuteJobPlanJsonContext.Default.ExecuteJobPlanRequest, r => r.Validate());

        Assert.Equal(100, request.JobPlanId);
        var variables = request.GlobalVarList!;
        Assert.Equal(2, variables.Count);
        Assert.Equal(436, variables[0].Id);
        Assert.Equal([101L, 102L], variables[0].Server!.HostIdList);
        Assert.Null(variables[0].Value);
        Assert.Null(variables[1].Id);
        Assert.Equal("param_name", variables[1].Name);
        Assert.Equal("param_value", variables[1].Value);
    }

    /// <summary>execute_job_plan: the response.</summary>
    [Fact]
    public void Execute_job_plan_response()
    {
        var result = Examples.RoundTripResponse("execute_job_plan.response.json", ExecuteJobPlanJsonContext.Default.ExecuteJobPlanResponse).Data!;

        Assert.Equal(10000, result.JobInstanceId);
        Assert.Equal("Test", result.JobInstanceName);
    }

    /// <summary>operate_job_instance: the request (operation code 1, terminate).</summary>
    [Fact]
    public void Operate_job_instance_request()
    {
        var request = Examples.RoundTripRequest("operate_job_instance.request.json", OperateJobInstanceJsonContext.Default.OperateJobInstanceRequest, r => r.Validate());

        Assert.Equal(100, request.JobInstanceId);
        Assert.Equal(JobInstanceOperation.Terminate, request.OperationCode);
    }

    /// <summary>operate_job_instance: the response.</summary>
    [Fact]
    public void Operate_job_instance_response()
    {
        var result = Examples.RoundTripResponse("operate_job_instance.response.json", OperateJobInstanceJsonContext.Default.OperateJobInstanceResponse).Data!;

        Assert.Equal(100, result.JobInstanceId);
    }
}
