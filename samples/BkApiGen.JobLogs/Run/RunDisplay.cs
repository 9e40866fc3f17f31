// Progress of `joblogs run` on stderr: one live status line on a terminal, a plain line per change when redirected.
using System.Globalization;
using BkApiGen.Jobs;

namespace BkApiGen.JobLogs.Run;

internal sealed class RunDisplay : IProgress<BkJobProgress>, IDisposable
{
    private readonly TextWriter _error;
    private readonly bool _live;
    private readonly bool _sharesTerminal;
    private readonly Lock _lock = new();
    private string _last = "";
    private bool _lineShown;

    private RunDisplay(TextWriter error, bool live, bool sharesTerminal)
    {
        _error = error;
        _live = live;
        _sharesTerminal = sharesTerminal;
    }

    /// <summary>A live line when stderr is a terminal, plain lines otherwise; host output is interleaved only when stdout is the terminal too.</summary>
    public static RunDisplay Create(TextWriter error, bool errorRedirected, bool outputRedirected) => new(error, !errorRedirected, !errorRedirected && !outputRedirected);

    public void Started(BkJobInstance job, int hosts)
        => Line(string.Create(CultureInfo.InvariantCulture, $"{Cli.JobLogsCli.ToolName}: job {job.JobInstanceId} started on {hosts} host(s)"), keep: true);

    public void Report(BkJobProgress value)
    {
        var status = string.Create(
            CultureInfo.InvariantCulture,
            $"{Cli.JobLogsCli.ToolName}: job {value.JobInstanceId} {(value.Finished ? "finished" : "running")}: {value.Succeeded + value.Failed}/{value.Hosts} done, {value.Failed} failed, {value.Running} running");
        if (status != _last)
        {
            _last = status;
            Line(status, keep: !_live);
        }
    }

    /// <summary>Clears the live line before host output goes to the same terminal.</summary>
    public void BeforeOutput()
    {
        lock (_lock)
        {
            if (_sharesTerminal && _lineShown)
            {
                _error.Write("\r\u001b[2K");
                _error.Flush();
                _lineShown = false;
            }
        }
    }

    public void Finished(IReadOnlyList<BkJobHostResult> results)
    {
        var failed = results.Count(r => !r.Succeeded);
        Line(string.Create(CultureInfo.InvariantCulture, $"{Cli.JobLogsCli.ToolName}: {results.Count - failed} of {results.Count} host(s) succeeded, {failed} failed"), keep: true);
    }

    /// <summary>Leaves the terminal on a fresh line when the run ends early (an error, Ctrl+C).</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_live && _lineShown)
            {
                _error.WriteLine();
                _lineShown = false;
            }
        }
    }

    private void Line(string text, bool keep)
    {
        lock (_lock)
        {
            if (_live)
            {
                _error.Write("\r\u001b[2K" + text + (keep ? "\n" : ""));
                _lineShown = !keep;
            }
            else
            {
                _error.WriteLine(text);
            }

            _error.Flush();
        }
    }
}
