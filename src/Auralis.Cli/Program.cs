using Auralis.Cli;

using var stop = new CancellationTokenSource();

// Ctrl-C asks the running command to finish cleanly (close the connection, patch the WAV header) instead of killing the process.
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var console = new CliConsole(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);
return await CliApp.RunAsync(args, console, stop.Token);
