using System.Globalization;

namespace Auralis.Node.Configuration;

/// <summary>Turns the node's command line into configuration keys of the <c>Auralis</c> section, refusing what it does not know.</summary>
public static class NodeArguments
{
    /// <summary>The usage text printed for <c>--help</c> and after a bad option.</summary>
    public const string Usage = """
        Usage: dotnet run --project src/Auralis.Node -- [options]
          --http URL            HTTP, WebSocket and the web client (default http://127.0.0.1:5000)
          --tcp PORT            the TCP protocol's port, 0 turns it off (default 7400)
          --data DIR            the data directory (default ./data)
          --journal J           sqlite:PATH or postgres:CONNECTION-STRING (default sqlite in --data)
          --akka-host HOST      the host Akka remoting binds and advertises (default 127.0.0.1)
          --akka-port PORT      Akka remoting's port (default 4053)
          --seed ADDRESS        a seed node to join, e.g. akka.tcp://auralis@127.0.0.1:4053 (repeatable)
          --osc-udp PORT        OSC over UDP, on loopback unless --osc-host, 0 turns it off (default 7401)
          --osc-tcp PORT        OSC over TCP, 0 turns it off (default 0)
          --osc-framing F       OSC over TCP's framing: length (int32 prefix) or slip (default length)
          --osc-host HOST       the address OSC binds (default 127.0.0.1)
          --osc-allow IP        a sender address that may steer over OSC without a key (repeatable)
          --soundfont PATH      a SoundFont 2 (.sf2) file voices may play, by its file name without .sf2 (repeatable)
          --listener-grace S    seconds a playing session nobody listens to renders before it sleeps (default 60)
          --no-demo             do not create the demo session
          --verbose             log start-up, the cluster and every session's comings and goings (Akka's INFO too)
          --log-level LEVEL     the lowest level logged: Trace, Debug, Information, Warning (default), Error
        The same settings come from appsettings.json ("Auralis" section) and AURALIS_ environment variables.
        """;

    /// <summary>The configuration key of the node's lowest log level, which <c>--verbose</c> and <c>--log-level</c> set.</summary>
    public const string LogLevelKey = "Logging:LogLevel:Default";

    private static readonly Dictionary<string, string> Valued = new(StringComparer.Ordinal)
    {
        ["--http"] = nameof(NodeOptions.Http),
        ["--tcp"] = nameof(NodeOptions.Tcp),
        ["--data"] = nameof(NodeOptions.Data),
        ["--journal"] = nameof(NodeOptions.Journal),
        ["--akka-host"] = nameof(NodeOptions.AkkaHost),
        ["--akka-port"] = nameof(NodeOptions.AkkaPort),
        ["--osc-udp"] = nameof(NodeOptions.OscUdp),
        ["--osc-tcp"] = nameof(NodeOptions.OscTcp),
        ["--osc-host"] = nameof(NodeOptions.OscHost),
        ["--osc-framing"] = nameof(NodeOptions.OscFraming),
        ["--listener-grace"] = nameof(NodeOptions.ListenerGraceSeconds),
    };

    /// <summary>The configuration keys <paramref name="args"/> set; a <see cref="FormatException"/> says what is wrong.</summary>
    public static Dictionary<string, string?> Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var seeds = 0;
        var allowed = 0;
        var fonts = 0;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--no-demo")
            {
                values[$"{NodeOptions.Section}:{nameof(NodeOptions.NoDemo)}"] = "true";
                continue;
            }

            if (arg == "--verbose")
            {
                values[LogLevelKey] = nameof(LogLevel.Information);
                continue;
            }

            if (arg is not ("--seed" or "--osc-allow" or "--log-level" or "--soundfont") && !Valued.ContainsKey(arg))
            {
                throw new FormatException($"Unknown option '{arg}'.");
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new FormatException($"{arg} needs a value.");
            }

            var value = args[++i];
            if (arg == "--seed")
            {
                values[$"{NodeOptions.Section}:{nameof(NodeOptions.Seeds)}:{seeds++}"] = value;
                continue;
            }

            if (arg == "--soundfont")
            {
                values[$"{NodeOptions.Section}:{nameof(NodeOptions.SoundFonts)}:{fonts++}"] = value;
                continue;
            }

            if (arg == "--osc-allow")
            {
                values[$"{NodeOptions.Section}:{nameof(NodeOptions.OscAllow)}:{allowed++}"] = value;
                continue;
            }

            if (arg == "--log-level")
            {
                values[LogLevelKey] = Enum.TryParse<LogLevel>(value, ignoreCase: true, out var level) && Enum.IsDefined(level) && !int.TryParse(value, out _)
                    ? level.ToString()
                    : throw new FormatException($"--log-level takes Trace, Debug, Information, Warning, Error or Critical, not '{value}'.");
                continue;
            }

            if (arg == "--osc-framing" && value is not ("length" or "slip"))
            {
                throw new FormatException($"--osc-framing takes length or slip, not '{value}'.");
            }

            if (arg is "--tcp" or "--akka-port" or "--osc-udp" or "--osc-tcp" && !(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535))
            {
                throw new FormatException($"{arg} takes a port number from 0 to 65535, not '{value}'.");
            }

            if (arg == "--listener-grace" && !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                throw new FormatException($"--listener-grace takes a whole number of seconds, not '{value}'.");
            }

            values[$"{NodeOptions.Section}:{Valued[arg]}"] = value;
        }

        return values;
    }

    /// <summary>The <c>AURALIS_</c> environment variables as keys of the section (<c>AURALIS_HTTP</c> → <c>Auralis:HTTP</c>, <c>__</c> nests).</summary>
    public static Dictionary<string, string?> FromEnvironment(System.Collections.IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (System.Collections.DictionaryEntry entry in environment)
        {
            if (entry.Key is string name && name.StartsWith("AURALIS_", StringComparison.OrdinalIgnoreCase) && name.Length > 8)
            {
                values[$"{NodeOptions.Section}:{name[8..].Replace("__", ":", StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal)}"] = entry.Value as string;
            }
        }

        return values;
    }
}
