// joblogs: the operators' command-line tool over the client BkApiGen generates from
// specs/jobv3/batch_get_job_instance_ip_log.bkapi.json. See README.md.
using BkApiGen.JobLogs;
using BkApiGen.JobLogs.Cli;
using BkApiGen.JobLogs.Run;

return await JobLogsCli.RunAsync(args, new GeneratedBackend(), RunCommand.AddTo).ConfigureAwait(false);
