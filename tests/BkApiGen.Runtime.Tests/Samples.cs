namespace BkApiGen.Runtime.Tests;

/// <summary>
/// Error bodies from ../shared/reference/error-samples.md. REAL ones are copied verbatim;
/// DERIVED ones follow the shape the source code produces (placeholders filled in with concrete values).
/// </summary>
internal static class Samples
{
    // ---- A. API gateway (apisix) errors: REAL, BKDocs APIGateway 1.13 FAQ error-response.md ----
    public const string GatewayMissingAppCode =
        """{"code": 1640001, "data": null, "code_name": "INVALID_ARGS", "message": "Parameters error [reason=\"app code cannot be empty\"]", "result": false}""";

    public const string GatewayWrongSecret =
        """{"code": 1640001, "data": null, "code_name": "INVALID_ARGS", "message": "Parameters error [reason=\"bk_app_code or bk_app_secret is incorrect\"]", "result": false}""";

    public const string GatewayNoUserIdentity =
        """{"code": 1640001, "data": null, "code_name": "INVALID_ARGS", "message": "Parameters error [reason=\"user authentication failed, please provide a valid user identity, such as bk_username, bk_token, access_token\"]", "result": false}""";

    public const string GatewayUsernameNotVerified =
        """{"code":1640001, "data":null, "code_name":"INVALID_ARGS", "message":"Parameters error [reason=\"user authentication failed, the user indicated by bk_username is not verified\"]", "result":false}""";

    public const string GatewayAppNoPermission =
        """{"code": 1640301, "data": null, "code_name": "APP_NO_PERMISSION", "message": "App has no permission to the resource", "result": false}""";

    public const string GatewayApiNotFound =
        """{"code_name": "API_NOT_FOUND", "message": "API not found [method=\"POST\" path=\"/api/xxxxx\"]", "result": false, "data": null, "code": 1640401}""";

    public const string GatewayRateLimitResource =
        """{"code_name": "RATE_LIMIT_RESTRICTION", "message": "API rate limit exceeded by resource strategy", "result": false, "data": null, "code": 1642903}""";

    public const string GatewayRateLimitStage =
        """{"code_name": "RATE_LIMIT_RESTRICTION", "message": "API rate limit exceeded by stage strategy", "result": false, "data": null, "code": 1642902}""";

    public const string GatewayConcurrencyLimit =
        """{"code_name": "CONCURRENCY_LIMIT_RESTRICTION", "message": "Request concurrency exceeds", "result": false, "data": null, "code": 1642904}""";

    public const string GatewayBadGateway =
        """{"data": null, "code_name": "BAD_GATEWAY", "code": 1650200, "message": "Bad Gateway [upstream_error=\"cannot read header from upstream\"]", "result": false}""";

    public const string GatewayBackendTimeout =
        """{"code_name": "REQUEST_BACKEND_TIMEOUT", "data": null, "code": 1650401, "message": "Request backend service timeout [upstream_error=\"cannot read header from upstream\"]", "result": false}""";

    // ---- B. Backend permission error passed through by the gateway: REAL, BKDocs api-permission-and-data-permission.md ----
    public const string CmdbPermission9900403 = """
        {
          "code": 9900403,
          "permission": {
            "system_name": "配置平台",
            "system_id": "bk_cmdb",
            "actions": [
              {
                "related_resource_types": [
                  {
                    "system_name": "配置平台",
                    "type": "biz",
                    "type_name": "业务",
                    "system_id": "bk_cmdb",
                    "instances": [[{"type_name": "业务", "type": "biz", "id": "36", "name": "abc"}]]
                  }
                ],
                "id": "find_business_resource",
                "name": "业务访问"
              }
            ]
          }
        }
        """;

    public const string BackendNoPermission3540100 =
        """{"result": false, "message": "you have no permission to call this api.", "code": 3540100, "trace_id": "5ddbc49db2554edbbdf26e6c15ca6884", "request_id": "c9d7fe1fcade42869f4ec6b4ac6434f1", "data": null}""";

    // ---- C. bk-job v4 errors: REAL, bk-job v4_response_protocol.md ----
    public const string JobV4InvalidArgument =
        """{"error": {"code": "INVALID_ARGUMENT", "message": "请求参数[bk_scope_type]不合法"}}""";

    public const string JobV4NoPermission =
        """{"error": {"code": "NO_PERMISSION", "message": "用户(张三)权限不足，请前往权限中心确认并申请补充后重试", "data": {"system_id": "bk_job", "system_name": "作业平台", "actions": [{"id": "access_business", "name": "业务访问", "related_resource_types": [{"type": "biz", "system_id": "bk_cmdb", "system_name": "配置平台", "type_name": "业务", "instances": [[{"id": "1", "type": "business", "name": "blueking", "type_name": "业务"}]]}]}]}}}""";

    // ---- D. bk-job v3 errors (HTTP 200): DERIVED from EsbResp.java ----
    public const string Job1240003 =
        """{"code":1240003,"result":false,"job_request_id":"jr-1240003-aa","message":"任务实例ID必须为正整数"}""";

    public const string Job1241007 =
        """{"code":1241007,"result":false,"job_request_id":"jr-1241007-bb","message":"请求参数[host_id_list/ip_list]缺失或不合法"}""";

    public const string Job1244006 =
        """{"code":1244006,"result":false,"job_request_id":"jr-1244006-cc","message":"作业实例不存在"}""";

    public const string Job9900403 =
        """{"code":9900403,"result":false,"job_request_id":"jr-9900403-dd","message":"用户(admin)权限不足，请前往权限中心确认并申请补充后重试","permission":{"system_id":"bk_job","system_name":"作业平台","actions":[{"id":"view_job_instance","name":"查看作业实例","related_resource_types":[{"system_id":"bk_job","system_name":"作业平台","type":"job_instance","type_name":"作业实例","instances":[[{"id":"1001","type":"job_instance","type_name":"作业实例","name":"nightly-backup"}]]}]}]}}""";

    // ---- E. Legacy ESB (paas2) errors (HTTP 200): DERIVED from errors.py / channel/base.py ----
    public const string Esb1306000 =
        """{"result": false, "code": 1306000, "data": null, "message": "User authentication failed, please provide a valid user identity, such as bk_token, bk_username", "request_id": "0f6c5a1e9b2d4c7f8a3e6d1b2c4f5a6e"}""";
}
