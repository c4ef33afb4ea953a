using System.CommandLine;
using Papers.Tool;

// papers — paper digests on the command line. Exit codes: 0 ok, 1 findings (lint), 2 usage or input errors,
// 3 an internal error (a bug: reported in one line).
return Cli.Run(args, Console.Out, Console.Error);
