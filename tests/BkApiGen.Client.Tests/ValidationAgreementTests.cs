using BkApiGen.Client.Tests.Generated;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.Validation;
using BkApiGen.Tests.Shared;
using CsCheck;

namespace BkApiGen.Client.Tests;

/// <summary>
/// The generated <c>Validate()</c> runs the object's rules fail-fast first (<c>Validate(BkValidator.FailFast, "")</c>: no
/// paths, no allocation) and collects them (with JSON paths) only when that fails. That is only correct if the two modes
/// agree: the fail-fast pass is false exactly when the collecting pass finds a problem, and the public <c>Validate()</c>
/// throws exactly what the collecting pass finds.
/// </summary>
public sealed class ValidationAgreementTests
{
    private static readonly Host Good = new() { CloudId = 0, Ip = "10.0.0.1" };

    private static BatchGetJobInstanceIpLogRequest Valid => Requests.ByIp(200);

    /// <summary>The collecting pass alone.</summary>
    private static IReadOnlyList<BkValidationError> Collected(Func<BkValidator, string, bool> validate)
    {
        var validator = new BkValidator();
        Assert.True(validate(validator, ""), "a collecting pass goes on to the end");
        return validator.Errors;
    }

    /// <summary>The fail-fast pass the public Validate() runs first: true when the request is valid.</summary>
    private static bool PassesFailFast(BatchGetJobInstanceIpLogRequest request) => request.Validate(BkValidator.FailFast, "");

    private static void AssertAgree(BatchGetJobInstanceIpLogRequest request, bool expectValid)
    {
        var collected = Collected(request.Validate);
        Assert.Equal(expectValid, collected.Count == 0);
        Assert.Equal(expectValid, PassesFailFast(request));

        // The public Validate() reports exactly what the collecting pass finds, paths and messages included.
        var thrown = Record.Exception(request.Validate);
        if (expectValid)
        {
            Assert.Null(thrown);
        }
        else
        {
            Assert.Equal(collected, Assert.IsType<BkApiValidationException>(thrown).Errors);
        }
    }

    public static TheoryData<string, BatchGetJobInstanceIpLogRequest> ValidRequests => new()
    {
        { "by ip", Valid },
        { "by host id, bk_biz_id", Requests.ByHostId(200) },
        { "both lists and both scopes", Valid with { BizId = 1, HostIdList = [1, long.MaxValue] } },
        { "boundaries", Valid with { JobInstanceId = 1, StepInstanceId = 1, ScopeId = "x", IpList = [new Host { CloudId = 0, Ip = "0.0.0.0" }, new Host { CloudId = long.MaxValue, Ip = "::" }] } },
        { "500 hosts", Valid with { IpList = Enumerable.Repeat(Good, 500).ToArray(), HostIdList = Enumerable.Range(1, 500).Select(i => (long)i).ToArray() } },
        { "ipv6 host", Valid with { IpList = [new Host { CloudId = 0, Ip = "2001:db8::8a2e:370:7334" }] } },
        { "empty ip_list beside host ids", Valid with { IpList = [], HostIdList = [7] } },
    };

    public static TheoryData<string, BatchGetJobInstanceIpLogRequest> InvalidRequests => new()
    {
        // Each rule of the seed spec violated alone.
        { "bk_scope_id minLength", Valid with { ScopeId = "", BizId = 1 } },
        { "bk_biz_id minimum", Valid with { BizId = 0 } },
        { "job_instance_id minimum", Valid with { JobInstanceId = 0 } },
        { "step_instance_id minimum", Valid with { StepInstanceId = long.MinValue } },
        { "host_id_list maxItems", Valid with { HostIdList = Enumerable.Range(1, 501).Select(i => (long)i).ToArray() } },
        { "host_id_list item minimum", Valid with { HostIdList = [1, 0] } },
        { "ip_list maxItems", Valid with { IpList = Enumerable.Repeat(Good, 501).ToArray() } },
        { "anyOf scope or biz", Valid with { ScopeType = null, ScopeId = null } },
        { "anyOf host_id_list or ip_list: absent", Valid with { IpList = null } },
        { "anyOf host_id_list or ip_list: empty", Valid with { IpList = [], HostIdList = [] } },
        { "dependency bk_scope_type -> bk_scope_id", Valid with { ScopeId = null, BizId = 1 } },
        { "dependency bk_scope_id -> bk_scope_type", Valid with { ScopeType = null, BizId = 1 } },

        // Nested host errors.
        { "null host in the list", Valid with { IpList = [Good, null!] } },
        { "host bk_cloud_id minimum", Valid with { IpList = [Good, new Host { CloudId = -1, Ip = "10.0.0.2" }] } },
        { "host ip required", Valid with { IpList = [new Host { CloudId = 0, Ip = null! }] } },
        { "host ip format", Valid with { IpList = [Good, Good, new Host { CloudId = 0, Ip = "10.0.0.256" }] } },
        { "host ip format (zone id)", Valid with { IpList = [new Host { CloudId = 0, Ip = "fe80::1%eth0" }] } },
        { "last of 500 hosts", Valid with { IpList = Enumerable.Repeat(Good, 499).Append(new Host { CloudId = 0, Ip = "" }).ToArray() } },

        // Several at once.
        { "everything", new BatchGetJobInstanceIpLogRequest { ScopeType = ScopeType.Biz, JobInstanceId = 0, StepInstanceId = -3, IpList = [new Host { CloudId = -1, Ip = "::1::" }] } },
    };

    [Theory]
    [MemberData(nameof(ValidRequests))]
    public void Valid_requests_pass_both_passes(string name, BatchGetJobInstanceIpLogRequest request)
    {
        Assert.NotNull(name);
        AssertAgree(request, expectValid: true);
    }

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public void Invalid_requests_fail_both_passes_with_the_same_errors(string name, BatchGetJobInstanceIpLogRequest request)
    {
        Assert.NotNull(name);
        AssertAgree(request, expectValid: false);
    }

    [Fact]
    public void A_valid_request_is_validated_without_allocating()
    {
        // What the fail-fast pass is for: no path, message or validator for a valid request, however many hosts it has.
        var request = Valid with
        {
            BizId = 1,
            IpList = Enumerable.Range(0, 500).Select(i => new Host { CloudId = i, Ip = i % 2 == 0 ? $"10.0.{i / 256}.{i % 256}" : "2001:db8::1" }).ToArray(),
            HostIdList = Enumerable.Range(1, 500).Select(i => (long)i).ToArray(),
        };
        request.Validate();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10; i++)
        {
            request.Validate();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Shared_definitions_agree_through_nested_objects()
    {
        var transfer = new FastTransferFileRequest
        {
            BizId = 1,
            AccountId = 1,
            FileTargetPath = "/tmp/",
            FileSourceList =
            [
                new FileSource
                {
                    FileList = ["/etc/hosts"],
                    Account = new Account { Alias = "root" },
                    Server = new Server { IpList = [Good], DynamicGroupList = [new DynamicGroup { Id = "g" }], TopoNodeList = [new TopoNode { Id = 1, NodeType = "module" }] },
                },
            ],
        };
        var fileSource = transfer.FileSourceList[0];
        var server = fileSource.Server!;
        var cases = new (FastTransferFileRequest Request, bool Valid)[]
        {
            (transfer, true),
            (transfer with { FileTargetPath = "" }, false),
            (transfer with { FileTargetPath = null! }, false),
            (transfer with { FileSourceList = null! }, false),
            (transfer with { FileSourceList = [] }, false),
            (transfer with { Timeout = 86401 }, false),
            (transfer with { Timeout = 86400 }, true),
            (transfer with { AccountId = null }, false),
            (transfer with { FileSourceList = [fileSource with { FileList = [] }] }, false),
            (transfer with { FileSourceList = [fileSource with { FileList = ["a", ""] }] }, false),
            (transfer with { FileSourceList = [fileSource with { Account = new Account() }] }, false),
            (transfer with { FileSourceList = [fileSource with { Account = new Account { Id = 0 } }] }, false),
            (transfer with { FileSourceList = [fileSource with { Server = server with { IpList = [new Host { CloudId = 0, Ip = "1.2.3" }] } }] }, false),
            (transfer with { FileSourceList = [fileSource with { Server = server with { HostIdList = [0] } }] }, false),
            (transfer with { FileSourceList = [fileSource with { Server = server with { DynamicGroupList = [new DynamicGroup { Id = "" }] } }] }, false),
            (transfer with { FileSourceList = [fileSource with { Server = server with { TopoNodeList = [new TopoNode { Id = 1, NodeType = null! }] } }] }, false),
            (transfer with { TargetServer = server with { IpList = [new Host { CloudId = -5, Ip = "::1" }] } }, false),
            (transfer with { TargetServer = server }, true),
        };

        foreach (var (request, valid) in cases)
        {
            var collected = Collected(request.Validate);
            Assert.True(valid == (collected.Count == 0), $"{request}: expected valid={valid}, collected [{string.Join("; ", collected)}]");
            Assert.Equal(valid, request.Validate(BkValidator.FailFast, ""));
            var thrown = Record.Exception(request.Validate);
            Assert.Equal(collected, valid ? [] : Assert.IsType<BkApiValidationException>(thrown).Errors);
        }
    }

    // Random requests near every boundary of the seed spec: values on both sides of each limit, present or absent, mostly
    // valid ones so that about half the requests pass (every rule must hold for a request to be valid).
    private static Gen<T> Mostly<T>(Gen<T> good, Gen<T> bad, int odds = 15) => Gen.Frequency((odds, good), (1, bad));

    private static readonly Gen<string?> Ip = Mostly(
        Gen.OneOf(Gen.Const<string?>("::1"), Gen.Const<string?>("2001:db8::1"), Gen.Int[0, 255].Select(i => (string?)$"10.0.{i}.1")),
        Gen.OneOf(Gen.Const<string?>("fe80::1%eth0"), Gen.Const<string?>("10.0.0.256"), Gen.Const<string?>("10.0.0"), Gen.Const<string?>(""), Gen.Const((string?)null)),
        odds: 40);

    private static readonly Gen<Host?> HostGen = Mostly(
        Gen.Select(Mostly(Gen.Long[0, 2], Gen.OneOf(Gen.Const(-1L), Gen.Const(long.MinValue)), odds: 40), Ip, (cloud, ip) => (Host?)new Host { CloudId = cloud, Ip = ip! }),
        Gen.Const((Host?)null),
        odds: 40);

    private static readonly Gen<long> Positive = Mostly(Gen.Long[1, 3], Gen.OneOf(Gen.Long[-1, 0], Gen.Const(long.MinValue)));

    private static readonly Gen<long?> BizId = Gen.Frequency(
        (8, Gen.Const((long?)null)), (8, Gen.Long[1, 3].Select(l => (long?)l)), (1, Gen.OneOf(Gen.Const<long?>(0), Gen.Const<long?>(long.MinValue))));

    private static Gen<IReadOnlyList<T>?> List<T>(Gen<T> item)
        => Gen.Frequency(
            (10, item.Array[1, 4].Select(a => (IReadOnlyList<T>?)a)),
            (1, Gen.Select(Gen.Int[499, 501], item, (n, x) => (IReadOnlyList<T>?)Enumerable.Repeat(x, n).ToArray())),
            (1, Gen.Const((IReadOnlyList<T>?)Array.Empty<T>())),
            (4, Gen.Const((IReadOnlyList<T>?)null)));

    private static readonly Gen<BatchGetJobInstanceIpLogRequest> RequestGen =
        Gen.Select(
            Mostly(Gen.OneOf(Gen.Const<ScopeType?>(ScopeType.Biz), Gen.Const<ScopeType?>(ScopeType.BizSet)), Gen.Const((ScopeType?)null), odds: 8),
            Mostly(Gen.Const<string?>("1"), Gen.OneOf(Gen.Const<string?>(""), Gen.Const((string?)null)), odds: 8),
            BizId,
            Positive,
            Positive,
            List(Mostly(Gen.Long[1, 3], Gen.Long[-1, 0], odds: 40)),
            List(HostGen),
            (scopeType, scopeId, bizId, job, step, hostIds, hosts) => new BatchGetJobInstanceIpLogRequest
            {
                ScopeType = scopeType,
                ScopeId = scopeId,
                BizId = bizId,
                JobInstanceId = job,
                StepInstanceId = step,
                HostIdList = hostIds,
                IpList = hosts!,
            });

    [Fact]
    public void Random_requests_fail_fast_exactly_when_the_collecting_pass_finds_problems()
    {
        var seen = new int[2];
        RequestGen.Check(request =>
        {
            var collected = Collected(request.Validate);
            var valid = PassesFailFast(request);
            Interlocked.Increment(ref seen[valid ? 1 : 0]);
            var thrown = Record.Exception(request.Validate);
            return valid == (collected.Count == 0)
                && (valid ? thrown is null : thrown is BkApiValidationException ex && ex.Errors.SequenceEqual(collected));
        }, iter: 3000, seed: 0x5EED_0001, print: r => $"{r} ip_list=[{string.Join(", ", r.IpList ?? [])}] host_id_list=[{string.Join(", ", r.HostIdList ?? [])}]");

        // Both verdicts must be common, or the property says little.
        Assert.True(seen[0] > 600 && seen[1] > 600, $"invalid {seen[0]}, valid {seen[1]}");
    }
}
