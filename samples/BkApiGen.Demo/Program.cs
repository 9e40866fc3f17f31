using BkApiGen.Demo.JobV3;
Console.WriteLine(typeof(JobV3Client));
