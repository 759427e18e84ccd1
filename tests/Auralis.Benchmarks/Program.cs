using Auralis.Benchmarks;

// Auralis's benchmarks and load scenarios. Each prints its figures; run in Release:
//   dotnet run -c Release --project tests/Auralis.Benchmarks -- render   (or replay)
var scenarios = new Dictionary<string, Action<string[]>>(StringComparer.OrdinalIgnoreCase)
{
    ["render"] = RenderScenario.Run,
    ["replay"] = ReplayScenario.Run,
    ["profile"] = ProfileScenario.Run,
};

var name = args.FirstOrDefault() ?? "render";
if (!scenarios.TryGetValue(name, out var scenario))
{
    Console.Error.WriteLine($"Unknown scenario '{name}'. Scenarios: {string.Join(", ", scenarios.Keys)}.");
    return 2;
}

scenario(args.Skip(1).ToArray());
return 0;
