using Auralis.Benchmarks;
using Auralis.Benchmarks.Music;

// Auralis's benchmarks and load scenarios. Each prints its figures; run in Release:
//   dotnet run -c Release --project tests/Auralis.Benchmarks -- render   (or soundfont, profile, replay, replay-journal, recovery, journal, load, music, render-memory, sessions, failover)
var scenarios = new Dictionary<string, Action<string[]>>(StringComparer.OrdinalIgnoreCase)
{
    ["render"] = RenderScenario.Run,
    ["soundfont"] = args => SoundFontComparison.Run(args.Length > 0 && int.TryParse(args[0], out var seconds) ? seconds : 240),
    ["replay"] = ReplayScenario.Run,
    ["replay-journal"] = JournalReplayScenario.Run,
    ["recovery"] = RecoveryScenario.Run,
    ["journal"] = JournalThroughputScenario.Run,
    ["load"] = LoadScenario.Run,
    ["sessions"] = SessionsScenario.Run,
    ["failover"] = FailoverScenario.Run,
    ["profile"] = ProfileScenario.Run,
    ["music"] = MusicScenario.Run,
    ["render-memory"] = RenderMemoryScenario.Run,
};

var name = args.FirstOrDefault() ?? "render";
if (!scenarios.TryGetValue(name, out var scenario))
{
    Console.Error.WriteLine($"Unknown scenario '{name}'. Scenarios: {string.Join(", ", scenarios.Keys)}.");
    return 2;
}

scenario(args.Skip(1).ToArray());
return 0;
