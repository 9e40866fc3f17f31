using System.Text.Json;
using System.Text.Json.Nodes;
using BkApiGen.Specs.Tests.JobV3;

namespace BkApiGen.Specs.Tests;

/// <summary>The doc examples of get_job_instance_list (execution history) and get_job_plan_detail.</summary>
public sealed class HistoryAndPlanExampleTests
{
    /// <summary>get_job_instance_list: the request (filters by type, launch mode, status, operator and name; one page).</summary>
    [Fact]
    public void Get_job_instance_list_request()
    {
        var request = Examples.RoundTripRequest("get_job_instance_list.request.json", GetJobInstanceListJsonContext.Default.GetJobInstanceListRequest, r => r.Validate());

        Assert.Equal(TaskType.JobPlan, request.Type);
        Assert.Equal(LaunchMode.Web, request.LaunchMode);
        Assert.Equal(RunStatus.Success, request.Status);
        Assert.Equal("admin", request.Operator);
        Assert.Equal(1546272000000, request.CreateTimeStart);
        Assert.Equal(1577807999999, request.CreateTimeEnd);
        Assert.Equal(0, request.Start);
        Assert.Equal(20, request.Length);
    }

    /// <summary>
    /// get_job_instance_list: the response, a page of instances. The example names the status and type <c>task_status</c>
    /// and <c>task_type</c> where the doc's table (and the server) say <c>status</c> and <c>type</c>: both are read.
    /// </summary>
    [Fact]
    public void Get_job_instance_list_response()
    {
        var page = Examples.RoundTripResponse("get_job_instance_list.response.json", GetJobInstanceListJsonContext.Default.GetJobInstanceListResponse,
            aliases: new Dictionary<string, string> { ["task_status"] = "status", ["task_type"] = "type" }).Data!;

        Assert.Equal(0, page.Start);
        Assert.Equal(20, page.Length);
        Assert.Equal(1, page.Total);
        var instance = Assert.Single(page.Items);
        Assert.Equal(100, instance.Id);
        Assert.Equal(ScopeType.Biz, instance.ScopeType);
        Assert.Equal(1, instance.JobPlanId);
        Assert.Equal(RunStatus.Success, instance.Status);
        Assert.Equal(TaskType.JobPlan, instance.Type);
        Assert.Equal(LaunchMode.Web, instance.LaunchMode);
        Assert.Equal(1000, instance.TotalTime);
    }

    /// <summary>get_job_plan_detail: the request.</summary>
    [Fact]
    public void Get_job_plan_detail_request()
    {
        var request = Examples.RoundTripRequest("get_job_plan_detail.request.json", GetJobPlanDetailJsonContext.Default.GetJobPlanDetailRequest, r => r.Validate());

        Assert.Equal(100, request.JobPlanId);
    }

    /// <summary>
    /// get_job_plan_detail: the doc's example gives script_info.account as the bare string "root", where the doc's table
    /// (and the server) have an account object. Read as documented, that is refused with the member's path.
    /// </summary>
    [Fact]
    public void Get_job_plan_detail_example_with_a_string_account_is_refused_at_that_member()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(Examples.Text("get_job_plan_detail.response.json"), GetJobPlanDetailJsonContext.Default.GetJobPlanDetailResponse));

        Assert.Contains("account", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// get_job_plan_detail: the response, with script_info.account corrected to an object (see above). The example also
    /// calls file_source_list <c>file_source</c> (the table's and the server's name is file_source_list): both are read.
    /// </summary>
    [Fact]
    public void Get_job_plan_detail_response()
    {
        var original = JsonNode.Parse(Examples.Text("get_job_plan_detail.response.json"))!.AsObject();
        foreach (var step in original["data"]!["step_list"]!.AsArray())
        {
            if (step!["script_info"] is JsonObject script && script["account"] is JsonValue name)
            {
                script["account"] = new JsonObject { ["name"] = name.GetValue<string>() };
            }
        }

        var plan = Examples.RoundTripResponse(original, GetJobPlanDetailJsonContext.Default.GetJobPlanDetailResponse,
            aliases: new Dictionary<string, string> { ["file_source"] = "file_source_list" }).Data!;

        Assert.Equal(100, plan.JobPlanId);
        Assert.Equal("admin", plan.Creator);
        Assert.Equal(1577807999999, plan.LastModifyTime);
        Assert.Equal(2, plan.GlobalVarList.Count);
        Assert.Equal(1, plan.GlobalVarList[0].Type);
        Assert.Equal(1, plan.GlobalVarList[0].Required);
        Assert.Equal("value is Me", plan.GlobalVarList[0].Value);
        var hosts = plan.GlobalVarList[1].Server!.IpList!;
        Assert.Equal(102, hosts[1].HostId);
        Assert.Equal("127.0.0.2", hosts[1].Ip);

        Assert.Equal(3, plan.StepList.Count);
        var local = plan.StepList[0];
        Assert.Equal(StepType.Script, local.Type);
        Assert.Equal(ScriptSource.Local, local.ScriptInfo!.ScriptType);
        Assert.Equal("ZWNobyAkMSAkMiAkMw==", local.ScriptInfo.ScriptContent);
        Assert.Equal("root", local.ScriptInfo.Account!.Name);
        Assert.Null(local.FileInfo);
        var cited = plan.StepList[1].ScriptInfo!;
        Assert.Equal(ScriptSource.Reference, cited.ScriptType);
        Assert.Equal(1078, cited.ScriptVersionId);
        Assert.Equal(1, cited.IsParamSensitive);

        var transfer = plan.StepList[2];
        Assert.Equal(StepType.File, transfer.Type);
        var info = transfer.FileInfo!;
        Assert.Equal(2, info.FileSourceList.Count);
        Assert.Equal("servers", info.FileSourceList[0].Server!.Variable);
        Assert.Equal("root", info.FileSourceList[0].Account!.Name);
        Assert.Equal(FileSourceType.ThirdParty, info.FileSourceList[1].FileType);
        Assert.Equal("/tmp/", info.FileDestination!.Path);
        Assert.Equal([103L, 104L], info.FileDestination.Server!.IpList!.Select(h => h.HostId!.Value));
        Assert.Equal(TransferMode.Strict, info.TransferMode);
        Assert.Equal(60, info.Timeout);
        Assert.Equal(1000, info.UploadSpeedLimit);
        Assert.Equal(1000, info.DownloadSpeedLimit);
    }
}
