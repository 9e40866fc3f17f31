// joblogs-baseline: joblogs over a hand-written System.Text.Json client instead of the generated one (see the .csproj).
using BkApiGen.JobLogs.Baseline;
using BkApiGen.JobLogs.Cli;

return await JobLogsCli.RunAsync(args, new HandWrittenBackend()).ConfigureAwait(false);
