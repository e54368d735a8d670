using SecureMcp.Cli;

return await CliApp.RunAsync(args);
