using Auralis.Node;
using Auralis.Node.Configuration;
using Auralis.Node.Hosting;

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(NodeArguments.Usage);
    return 0;
}

WebApplication app;
try
{
    app = NodeHost.Build(args);
}
catch (Exception e) when (e is FormatException or InvalidOperationException)
{
    Console.Error.WriteLine($"auralis node: {e.Message}");
    Console.Error.WriteLine(NodeArguments.Usage);
    return 2;
}

// A busy port is a person's problem, not the node's fault: one line that says which and how to choose another.
if (PortCheck.FirstBusy(app) is { } busy)
{
    Console.Error.WriteLine($"auralis node: {busy}");
    return 1;
}

try
{
    await app.StartAsync();
}
catch (Exception e) when (PortCheck.Explain(e) is { } taken)
{
    Console.Error.WriteLine($"auralis node: {taken}");
    return 1;
}

foreach (var line in StartupBanner.Lines(app.Options()))
{
    Console.WriteLine(line);
}

await app.WaitForShutdownAsync();
return 0;
