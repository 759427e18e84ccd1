using Auralis.Node;
using Auralis.Node.Configuration;

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

await app.RunAsync();
return 0;
