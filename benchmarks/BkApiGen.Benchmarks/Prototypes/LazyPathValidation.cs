using BkApiGen.Benchmarks.JobV3;
using BkApiGen.Runtime.Validation;

namespace BkApiGen.Benchmarks.Prototypes;

/// <summary>
/// PROTOTYPE of a proposed change to the generated <c>Validate</c> methods (docs/performance.md, "request validation").
/// Today every check receives its JSON path as a finished string (<c>BkValidator.Join(path, "ip")</c>,
/// <c>BkValidator.Index(itemsPath, i)</c>), so a valid 500-host request builds about 2,000 path strings (4 per host) that are
/// never used. Proposed: generate, next to <c>Validate(validator, path)</c>, an <c>IsValid()</c> with the same checks as
/// plain boolean expressions (no paths, no validator), and make <c>Validate()</c> call it first: a valid request (the
/// normal case) allocates nothing, and an invalid one runs today's path-building code unchanged, so messages and paths
/// stay exactly the same. This class is what the template would emit for the seed request and <c>Host</c>.
/// </summary>
public static class LazyPathValidation
{
    /// <summary>The proposed <c>Validate()</c>: the boolean pass, then, only on failure, the generated path-building pass.</summary>
    public static void Validate(BatchGetJobInstanceIpLogRequest request)
    {
        if (!IsValid(request))
        {
            request.Validate(); // today's code: collects every problem with its path and throws
        }
    }

    /// <summary>The generated checks of batch_get_job_instance_ip_log_request, as booleans.</summary>
    public static bool IsValid(BatchGetJobInstanceIpLogRequest r)
    {
        if (r.ScopeId is { Length: < 1 } || r.BizId is < 1 || r.JobInstanceId < 1 || r.StepInstanceId < 1)
        {
            return false;
        }

        if (r.HostIdList is { } hostIds)
        {
            if (hostIds.Count > 500)
            {
                return false;
            }

            for (var i = 0; i < hostIds.Count; i++)
            {
                if (hostIds[i] < 1)
                {
                    return false;
                }
            }
        }

        if (r.IpList is { } hosts)
        {
            if (hosts.Count > 500)
            {
                return false;
            }

            for (var i = 0; i < hosts.Count; i++)
            {
                if (hosts[i] is { } host && !IsValid(host))
                {
                    return false;
                }
            }
        }

        return ((r.ScopeType is not null && r.ScopeId is not null) || r.BizId is not null)
            && (r.HostIdList is { Count: > 0 } || r.IpList is { Count: > 0 })
            && (r.ScopeType is null || r.ScopeId is not null)
            && (r.ScopeId is null || r.ScopeType is not null);
    }

    /// <summary>The generated checks of ip (Host), as booleans.</summary>
    public static bool IsValid(Host h)
        => h.CloudId >= 0 && h.Ip is not null && (BkValidator.IsIPv4(h.Ip) || BkValidator.IsIPv6(h.Ip));
}
