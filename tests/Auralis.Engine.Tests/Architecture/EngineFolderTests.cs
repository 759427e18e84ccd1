using System.Text.RegularExpressions;

namespace Auralis.Engine.Tests.Architecture;

/// <summary>The engine's folders are rooms of the session's tree: the uses between them point one way, and the music path never reaches for the agents.</summary>
public sealed partial class EngineFolderTests
{
    private static readonly string[] MusicPath = ["Sessions", "Timeline", "Steps", "Clock", "Ticker", "Voices", "Composition", "Synthesis"];

    [Fact]
    public void No_engine_folder_uses_a_folder_that_uses_it_back_directly_or_around_a_loop()
    {
        var uses = FolderUses();

        var cycles = StronglyConnected(uses).Where(component => component.Count > 1).Select(c => string.Join(" ↔ ", c.Order(StringComparer.Ordinal))).ToArray();

        Assert.True(uses.Count >= 10, $"found only {uses.Count} engine folders");
        Assert.Empty(cycles);
    }

    [Fact]
    public void The_music_path_does_not_use_the_agents()
    {
        var uses = FolderUses();

        Assert.All(MusicPath, folder => Assert.DoesNotContain("Agents", uses[folder]));
    }

    [Fact]
    public void The_shared_session_domain_uses_no_other_engine_folder()
    {
        Assert.Empty(FolderUses()["Sessions"]);
    }

    private static Dictionary<string, HashSet<string>> FolderUses()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "Auralis.Engine");
        var folders = Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>().Where(f => f is not ("bin" or "obj")).ToArray();
        var uses = folders.ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            {
                foreach (Match match in EngineNamespace().Matches(File.ReadAllText(file)))
                {
                    var used = match.Groups[1].Value;
                    if (used != folder && uses.ContainsKey(used))
                    {
                        uses[folder].Add(used);
                    }
                }
            }
        }

        return uses;
    }

    private static List<List<string>> StronglyConnected(Dictionary<string, HashSet<string>> uses)
    {
        // Tarjan's algorithm over the few folders of the engine.
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var components = new List<List<string>>();
        void Visit(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            foreach (var used in uses[folder])
            {
                if (!index.ContainsKey(used))
                {
                    Visit(used);
                    low[folder] = Math.Min(low[folder], low[used]);
                }
                else if (stack.Contains(used))
                {
                    low[folder] = Math.Min(low[folder], index[used]);
                }
            }

            if (low[folder] == index[folder])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != folder);
                components.Add(component);
            }
        }

        foreach (var folder in uses.Keys.Where(f => !index.ContainsKey(f)).ToArray())
        {
            Visit(folder);
        }

        return components;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Auralis.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Auralis.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"\bAuralis\.Engine\.([A-Z][A-Za-z]*)\b")]
    private static partial Regex EngineNamespace();
}
