return BkApiGen.Cli.Cli.Run(args, Console.Out, Console.Error);
