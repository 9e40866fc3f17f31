using System.Text.RegularExpressions;
using BkApiGen.Runtime.Errors;
using BkApiGen.Runtime.Validation;

namespace BkApiGen.Runtime.Tests;

public class BkValidatorTests
{
    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    [InlineData("192.168.1.100")]
    [InlineData("1.2.3.4")]
    [InlineData("100.200.0.10")]
    public void IsIPv4_accepts_dotted_quads(string value) => Assert.True(BkValidator.IsIPv4(value));

    [Theory]
    [InlineData("1")]
    [InlineData("0x1")]
    [InlineData("0x0A.0.0.1")]
    [InlineData("256.1.1.1")]
    [InlineData("1.2.3.256")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.")]
    [InlineData(".1.2.3.4")]
    [InlineData("1.2.3.4.5")]
    [InlineData("1..3.4")]
    [InlineData("1.2.3.")]
    [InlineData(" 1.2.3.4")]
    [InlineData("1.2.3.4 ")]
    [InlineData("1.2.3.4\n")]
    [InlineData("a1.2.3.4")]
    [InlineData("1.2.3.4x")]
    [InlineData("1.2.3.4/24")]
    [InlineData("1.2.3.4:80")]
    [InlineData("1.2.3.-4")]
    [InlineData("1.2.3.+4")]
    [InlineData("1.2.3.1000")]
    [InlineData("1.2.3.0255")]
    [InlineData("010.0.0.1")]
    [InlineData("10.0.0.01")]
    [InlineData("10.00.0.1")]
    [InlineData("١.٢.٣.٤")]
    [InlineData("")]
    [InlineData("::1")]
    public void IsIPv4_rejects_anything_else(string value) => Assert.False(BkValidator.IsIPv4(value));

    [Theory]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("2001:db8::8a2e:370:7334")]
    [InlineData("2001:DB8:0:0:8:800:200C:417A")]
    [InlineData("0:0:0:0:0:0:0:1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("64:ff9b::192.0.2.33")]
    public void IsIPv6_accepts_standard_text_forms(string value) => Assert.True(BkValidator.IsIPv6(value));

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("1::2::3")]
    [InlineData("12345::1")]
    [InlineData("g::1")]
    [InlineData(":1")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData(" ::1")]
    [InlineData("::1 ")]
    [InlineData("::1/64")]
    [InlineData("[::1]")]
    [InlineData("[::1]:80")]
    [InlineData("fe80::1%eth0")]
    [InlineData("fe80::1%2")]
    [InlineData("")]
    [InlineData("localhost")]
    public void IsIPv6_rejects_anything_else(string value) => Assert.False(BkValidator.IsIPv6(value));

    [Fact]
    public void Format_reports_the_kind_of_address_and_the_value()
    {
        var v = new BkValidator();

        v.Format("1.2.3", "ipv4", "ip_list[0]", "ip");
        v.Format("10.0.0.1", "ipv6", "ip_list[1]", "ipv6");
        v.Format("nope", "ip", "", "host");
        v.Format("10.0.0.1", "ipv4", "", "ok1");
        v.Format("::1", "ipv6", "", "ok2");
        v.Format("::1", "ip", "", "ok3");
        v.Format("10.0.0.1", "ip", "", "ok4");
        v.Format(null, "ipv4", "", "absent");
        v.Format("anything at all", "date-time", "", "unchecked");

        Assert.Equal(
            [
                new BkValidationError("ip_list[0].ip", "must be an IPv4 address, was '1.2.3'"),
                new BkValidationError("ip_list[1].ipv6", "must be an IPv6 address, was '10.0.0.1'"),
                new BkValidationError("host", "must be an IPv4 or IPv6 address, was 'nope'"),
            ],
            v.Errors);
    }

    [Fact]
    public void Range_of_integers()
    {
        var v = new BkValidator();

        v.Range(0L, 1L, null, "", "job_instance_id");
        v.Range(1L, 1L, null, "", "ok_min");
        v.Range(501L, null, 500L, "", "limit");
        v.Range(500L, 1L, 500L, "", "ok_max");
        v.Range(null, 1L, 1L, "", "absent");
        v.Range(long.MinValue, 0L, 10L, "", "both");

        Assert.Equal(
            [
                new BkValidationError("job_instance_id", "must be at least 1, was 0"),
                new BkValidationError("limit", "must be at most 500, was 501"),
                new BkValidationError("both", $"must be at least 0, was {long.MinValue}"),
            ],
            v.Errors);
    }

    [Fact]
    public void Range_of_numbers()
    {
        var v = new BkValidator();

        v.Range(-1d, 0d, 100d, "", "percent");
        v.Range(150d, 0d, 100d, "", "percent2");
        v.Range(100d, 0d, 100d, "", "ok");
        v.Range((double?)null, 0d, 100d, "", "absent");

        Assert.Equal(
            [
                new BkValidationError("percent", "must be at least 0, was -1"),
                new BkValidationError("percent2", "must be at most 100, was 150"),
            ],
            v.Errors);
    }

    [Fact]
    public void Count_of_items()
    {
        var v = new BkValidator();

        v.Count(0, 1, null, "", "host_id_list");
        v.Count(1, 2, null, "", "pair");
        v.Count(501, null, 500, "", "ip_list");
        v.Count(500, 1, 500, "", "ok");
        v.Count(null, 1, 1, "", "absent");

        Assert.Equal(
            [
                new BkValidationError("host_id_list", "must not be empty"),
                new BkValidationError("pair", "must have at least 2 items, had 1"),
                new BkValidationError("ip_list", "must have at most 500 items, had 501"),
            ],
            v.Errors);
    }

    [Fact]
    public void Length_of_strings()
    {
        var v = new BkValidator();

        v.Length("", 1, null, "", "name");
        v.Length("ab", 3, null, "", "code");
        v.Length("abcdef", null, 5, "", "tag");
        v.Length("abc", 1, 3, "", "ok");
        v.Length(null, 1, 1, "", "absent");

        Assert.Equal(
            [
                new BkValidationError("name", "must not be empty"),
                new BkValidationError("code", "must be at least 3 characters long"),
                new BkValidationError("tag", "must be at most 5 characters long, was 6"),
            ],
            v.Errors);
    }

    [Fact]
    public void Pattern_and_NotNull()
    {
        var v = new BkValidator();
        var pattern = new Regex("^[a-z]+$");

        v.Pattern("ABC", pattern, "", "account");
        v.Pattern("abc", pattern, "", "ok");
        v.Pattern(null, pattern, "", "absent");
        v.NotNull(null, "", "script_content");
        v.NotNull("x", "", "present");
        v.NotNull((long?)null, "host", "bk_cloud_id");
        v.NotNull((long?)0, "", "present_value");

        Assert.Equal(
            [
                new BkValidationError("account", "must match ^[a-z]+$, was 'ABC'"),
                new BkValidationError("script_content", "is required"),
                new BkValidationError("host.bk_cloud_id", "is required"),
            ],
            v.Errors);
    }

    [Fact]
    public void AnyOf_reports_the_alternatives_at_the_object_path()
    {
        var v = new BkValidator();

        v.AnyOf("", false, "host_id_list, or ip_list");
        v.AnyOf("target_server", false, "bk_scope_type + bk_scope_id, or bk_biz_id");
        v.AnyOf("", true, "a, or b");

        Assert.Equal(
            [
                new BkValidationError("$", "one of host_id_list, or ip_list is required"),
                new BkValidationError("target_server", "one of bk_scope_type + bk_scope_id, or bk_biz_id is required"),
            ],
            v.Errors);
    }

    [Fact]
    public void Dependency_is_reported_at_the_missing_member()
    {
        var v = new BkValidator();

        v.Dependency("", "bk_scope_id", true, "bk_scope_type", false);
        v.Dependency("file_source[2]", "account", true, "account_alias", false);
        v.Dependency("", "a", true, "b", true);
        v.Dependency("", "a", false, "b", false);

        Assert.Equal(
            [
                new BkValidationError("bk_scope_type", "is required when bk_scope_id is set"),
                new BkValidationError("file_source[2].account_alias", "is required when account is set"),
            ],
            v.Errors);
    }

    [Theory]
    [InlineData(5L, 1L, 10L, true)]
    [InlineData(1L, 1L, null, true)]
    [InlineData(0L, 1L, null, false)]
    [InlineData(500L, null, 500L, true)]
    [InlineData(501L, null, 500L, false)]
    [InlineData(long.MinValue, 0L, 10L, false)]
    [InlineData(long.MaxValue, null, null, true)]
    [InlineData(null, 1L, 1L, true)]
    public void IsInRange_of_integers_agrees_with_Range(long? value, long? min, long? max, bool expected)
    {
        Assert.Equal(expected, BkValidator.IsInRange(value, min, max));
        var v = new BkValidator();
        Assert.True(v.Range(value, min, max, "", "x"));
        Assert.Equal(expected, BkValidator.FailFast.Range(value, min, max, "", "x"));
        Assert.Equal(expected, v.Errors.Count == 0);
    }

    [Theory]
    [InlineData(50d, 0d, 100d, true)]
    [InlineData(100d, 0d, 100d, true)]
    [InlineData(-0.5d, 0d, null, false)]
    [InlineData(100.01d, null, 100d, false)]
    [InlineData(double.NaN, 0d, 100d, true)]
    [InlineData(double.PositiveInfinity, null, 100d, false)]
    [InlineData(null, 0d, 0d, true)]
    public void IsInRange_of_numbers_agrees_with_Range(double? value, double? min, double? max, bool expected)
    {
        Assert.Equal(expected, BkValidator.IsInRange(value, min, max));
        var v = new BkValidator();
        Assert.True(v.Range(value, min, max, "", "x"));
        Assert.Equal(expected, BkValidator.FailFast.Range(value, min, max, "", "x"));
        Assert.Equal(expected, v.Errors.Count == 0);
    }

    [Theory]
    [InlineData(0, 1, null, false)]
    [InlineData(1, 1, null, true)]
    [InlineData(1, 2, 3, false)]
    [InlineData(4, 2, 3, false)]
    [InlineData(500, null, 500, true)]
    [InlineData(501, null, 500, false)]
    [InlineData(null, 1, 1, true)]
    public void IsCountValid_agrees_with_Count(int? count, int? min, int? max, bool expected)
    {
        Assert.Equal(expected, BkValidator.IsCountValid(count, min, max));
        var v = new BkValidator();
        Assert.True(v.Count(count, min, max, "", "x"));
        Assert.Equal(expected, BkValidator.FailFast.Count(count, min, max, "", "x"));
        Assert.Equal(expected, v.Errors.Count == 0);
    }

    [Theory]
    [InlineData("", 1, null, false)]
    [InlineData("a", 1, null, true)]
    [InlineData("ab", 3, null, false)]
    [InlineData("abcdef", null, 5, false)]
    [InlineData("abcde", null, 5, true)]
    [InlineData("", 0, 0, true)]
    [InlineData(null, 1, 1, true)]
    public void IsLengthValid_agrees_with_Length(string? value, int? min, int? max, bool expected)
    {
        Assert.Equal(expected, BkValidator.IsLengthValid(value, min, max));
        var v = new BkValidator();
        Assert.True(v.Length(value, min, max, "", "x"));
        Assert.Equal(expected, BkValidator.FailFast.Length(value, min, max, "", "x"));
        Assert.Equal(expected, v.Errors.Count == 0);
    }

    [Theory]
    [InlineData("abc", true)]
    [InlineData("ABC", false)]
    [InlineData("", false)]
    [InlineData(null, true)]
    public void IsPatternMatch_agrees_with_Pattern(string? value, bool expected)
    {
        var pattern = new Regex("^[a-z]+$");
        Assert.Equal(expected, BkValidator.IsPatternMatch(value, pattern));
        var v = new BkValidator();
        Assert.True(v.Pattern(value, pattern, "", "x"));
        Assert.Equal(expected, BkValidator.FailFast.Pattern(value, pattern, "", "x"));
        Assert.Equal(expected, v.Errors.Count == 0);
    }

    [Theory]
    [InlineData("10.0.0.1", "ipv4", true)]
    [InlineData("::1", "ipv4", false)]
    [InlineData("::1", "ipv6", true)]
    [InlineData("10.0.0.1", "ipv6", false)]
    [InlineData("10.0.0.1", "ip", true)]
    [InlineData("fe80::1", "ip", true)]
    [InlineData("10.0.0.300", "ip", false)]
    [InlineData("", "ip", false)]
    [InlineData("anything", "date-time", true)]
    [InlineData(null, "ipv4", true)]
    public void IsFormatValid_agrees_with_Format(string? value, string format, bool expected)
    {
        Assert.Equal(expected, BkValidator.IsFormatValid(value, format));
        var v = new BkValidator();
        Assert.True(v.Format(value, format, "", "x"));
        Assert.Equal(expected, BkValidator.FailFast.Format(value, format, "", "x"));
        Assert.Equal(expected, v.Errors.Count == 0);
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(true, true, true)]
    [InlineData(false, false, true)]
    [InlineData(false, true, true)]
    public void IsDependencyMet_agrees_with_Dependency(bool present, bool dependencyPresent, bool expected)
    {
        Assert.Equal(expected, BkValidator.IsDependencyMet(present, dependencyPresent));
        var v = new BkValidator();
        Assert.True(v.Dependency("", "a", present, "b", dependencyPresent));
        Assert.Equal(expected, BkValidator.FailFast.Dependency("", "a", present, "b", dependencyPresent));
        Assert.Equal(expected, v.Errors.Count == 0);
    }

    [Fact]
    public void The_boolean_twins_do_not_allocate()
    {
        var pattern = new Regex("^[a-z]+$");
        _ = BkValidator.IsPatternMatch("warm", pattern);
        _ = BkValidator.IsFormatValid("fe80::1", "ip");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var all = true;
        for (var i = 0; i < 100; i++)
        {
            all &= BkValidator.IsInRange(i, 0L, 1000L) & BkValidator.IsInRange(0.5 * i, 0d, 100d) & BkValidator.IsCountValid(i, 0, 500)
                & BkValidator.IsLengthValid("abc", 1, 10) & BkValidator.IsPatternMatch("abc", pattern) & BkValidator.IsFormatValid("10.0.0.1", "ip")
                & BkValidator.IsFormatValid("fe80::1", "ip") & BkValidator.IsDependencyMet(true, true);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(all);
    }

    [Fact]
    public void Items_are_reported_at_their_index_in_the_list()
    {
        var v = new BkValidator();

        Assert.True(v.Range(0L, 1L, null, "target_server", "host_id_list", 2));
        Assert.True(v.Length("", 1, null, "", "file_list", 0));
        Assert.True(v.Format("1.2.3", "ipv4", "", "ips", 1));
        Assert.True(v.Pattern("X", new Regex("^t[0-9]$"), "", "tags", 3));
        Assert.True(v.Listed(7, false, "1 (Low), 2 (High)", "", "levels", 1));
        Assert.True(v.NotNullItem(null, "", "ip_list", 4));
        Assert.True(v.NotNullItem("x", "", "ip_list", 5));

        Assert.Equal(
            ["target_server.host_id_list[2]", "file_list[0]", "ips[1]", "tags[3]", "levels[1]", "ip_list[4]"],
            v.Errors.Select(e => e.Path));
        Assert.Equal("must be one of 1 (Low), 2 (High), was '7'", v.Errors[4].Message);
        Assert.Equal("must not be null", v.Errors[5].Message);
    }

    [Fact]
    public void FailFast_stops_at_a_problem_and_records_nothing()
    {
        var v = BkValidator.FailFast;

        Assert.False(v.Range(0L, 1L, null, "", "job_instance_id"));
        Assert.False(v.NotNull(null, "", "ip"));
        Assert.False(v.NotNullItem(null, "", "ip_list", 0));
        Assert.False(v.Listed(3, false, "1, 2", "", "level"));
        Assert.False(v.AnyOf("", false, "a, or b"));
        Assert.False(v.Dependency("", "a", true, "b", false));
        Assert.True(v.Range(1L, 1L, null, "", "job_instance_id"));
        Assert.True(v.AnyOf("", true, "a, or b"));
        v.Add("x", "recorded by hand");

        Assert.Empty(v.Errors);
        v.ThrowIfAny("Request");
        Assert.Equal("", v.PathOf("target_server", "ip_list", 3));
        Assert.Equal("target_server.ip_list[3]", new BkValidator().PathOf("target_server", "ip_list", 3));
        Assert.Equal("target_server.account", new BkValidator().PathOf("target_server", "account"));
    }

    [Fact]
    public void Rules_that_pass_and_FailFast_on_a_problem_do_not_allocate()
    {
        var pattern = new Regex("^[a-z]+$");
        var collecting = new BkValidator();
        _ = collecting.Pattern("warm", pattern, "", "x");
        _ = collecting.Format("fe80::1", "ip", "", "x");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var all = true;
        for (var i = 0; i < 100; i++)
        {
            // A valid request: every rule passes, in either mode; no path is built.
            all &= collecting.Range(i, 0L, 1000L, "", "a") & collecting.Range(0.5 * i, 0d, 100d, "", "b", i) & collecting.Count(i, 0, 500, "", "c")
                & collecting.Length("abc", 1, 10, "", "d") & collecting.Pattern("abc", pattern, "", "e", i) & collecting.Format("10.0.0.1", "ip", "", "f")
                & BkValidator.FailFast.Listed(i, true, "1, 2", "", "g") & collecting.Dependency("", "h", true, "i", true) & collecting.AnyOf("", true, "j")
                & collecting.NotNull(pattern, "", "k") & collecting.NotNull((long?)i, "", "k2") & collecting.NotNullItem(pattern, "", "l", i) & BkValidator.FailFast.PathOf("", "m", i).Length == 0;

            // An invalid one under FailFast: false, and no message or path either.
            all &= !BkValidator.FailFast.Range(-1L, 0L, null, "", "a", i) & !BkValidator.FailFast.Format("x", "ip", "", "f")
                & !BkValidator.FailFast.Listed(i, false, "1, 2", "", "g") & !BkValidator.FailFast.Dependency("", "h", true, "i", false);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(all);
        Assert.Empty(collecting.Errors);
    }

    [Fact]
    public void Paths_compose_like_json_paths()
    {
        Assert.Equal("ip", BkValidator.Join("", "ip"));
        Assert.Equal("target_server.ip_list", BkValidator.Join("target_server", "ip_list"));
        Assert.Equal("ip_list[3]", BkValidator.Index("ip_list", 3));
        Assert.Equal("target_server.ip_list[3].ip", BkValidator.Join(BkValidator.Index(BkValidator.Join("target_server", "ip_list"), 3), "ip"));
    }

    [Fact]
    public void ThrowIfAny_does_nothing_without_errors()
    {
        var v = new BkValidator();
        Assert.True(v.Range(5L, 1L, 10L, "", "ok"));

        Assert.Empty(v.Errors);
        v.ThrowIfAny("GetJobInstanceStatusRequest");
    }

    [Fact]
    public void ThrowIfAny_throws_an_ArgumentException_listing_every_error()
    {
        var v = new BkValidator();
        Assert.True(v.Range(0L, 1L, null, "", "job_instance_id"));
        Assert.True(v.AnyOf("target_server", false, "host_id_list, or ip_list"));
        Assert.True(v.Format("1.2.3", "ipv4", "ip_list[3]", "ip"));

        var ex = Assert.Throws<BkApiValidationException>(() => v.ThrowIfAny("BatchGetJobInstanceIpLogRequest"));

        Assert.IsAssignableFrom<ArgumentException>(ex);
        Assert.Equal("BatchGetJobInstanceIpLogRequest", ex.RequestType);
        Assert.Equal("job_instance_id", ex.ParamName);
        Assert.Equal(3, ex.Errors.Count);
        Assert.Equal(["job_instance_id", "target_server", "ip_list[3].ip"], ex.Errors.Select(e => e.Path));
        Assert.StartsWith("BatchGetJobInstanceIpLogRequest is invalid: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("job_instance_id: must be at least 1, was 0", ex.Message, StringComparison.Ordinal);
        Assert.Contains("target_server: one of host_id_list, or ip_list is required", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ip_list[3].ip: must be an IPv4 address, was '1.2.3'", ex.Message, StringComparison.Ordinal);
    }

    private sealed record Probe(long? Id, string? Name);

    private static bool ProbeRules(Probe probe, BkValidator validator, string path)
    {
        if (!validator.Range(probe.Id, 1, null, path, "id")) return false;
        if (!validator.NotNull(probe.Name, path, "name")) return false;
        return true;
    }

    [Fact]
    public void Check_runs_the_rules_fail_fast_once_for_a_valid_request()
    {
        var validators = new List<BkValidator>();

        BkValidator.Check(new Probe(1, "a"), "probe", (probe, validator, path) => { validators.Add(validator); return ProbeRules(probe, validator, path); });

        Assert.Same(BkValidator.FailFast, Assert.Single(validators));
    }

    [Fact]
    public void Check_reports_every_problem_of_an_invalid_request()
    {
        var ex = Assert.Throws<BkApiValidationException>(() => BkValidator.Check(new Probe(0, null), "probe", ProbeRules));

        Assert.Equal("probe", ex.RequestType);
        Assert.Equal(["id", "name"], ex.Errors.Select(e => e.Path));
    }
}
