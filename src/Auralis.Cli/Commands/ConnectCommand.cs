using Auralis.Cli.Arguments;
using Auralis.Cli.Connect;
using Auralis.Protocol.Audio;

namespace Auralis.Cli.Commands;

/// <summary><c>auralis connect</c>: plays a live session through the speakers, shows its events, steers it, and records its audio.</summary>
public sealed class ConnectCommand : ICliCommand
{
    private static readonly OptionSpec[] Accepted =
    [
        new("tcp", Repeatable: true), new("url", Repeatable: true), new("token"), new("set", Repeatable: true), new("record"), new("seconds"), new("audio"), OptionSpec.Flag("no-play"),
    ];

    /// <inheritdoc />
    public string Name => "connect";

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => Accepted;

    /// <inheritdoc />
    public string Summary => "listen to a live session through the speakers, steer it, record its audio";

    /// <inheritdoc />
    public string Usage => $"""
        usage: auralis connect SESSION [options]

          --tcp HOST:PORT      the node's TCP protocol port (default {NodeEndpoint.DefaultTcp}); repeat it for the
                               cluster's other nodes, tried in turn when the connection is lost
          --url URL            connect over WebSocket instead, to the node's HTTP address (http://127.0.0.1:5000);
                               repeatable as --tcp
          --token T            the token, when the node wants one
          --set NAME=VALUE     change a parameter once connected (repeatable): bpm=120, mode=dorian, intensity=0.8
          --record FILE.wav    record the audio as float32 stereo 48 kHz
          --seconds N          record N seconds of audio, or without --record stay connected N seconds
          --audio F            the stream's format: pcm16, f32 or none (default f32 when recording, else pcm16)
          --no-play            do not play through the speakers, only show the events (and record)

        It plays the session on the default output device (PulseAudio or PipeWire on Linux, WASAPI on Windows); where
        there is none it says so and shows the events alone. Without --record or --seconds it runs until Ctrl-C or until
        the session is deleted. A lost connection (the node died or left) is opened again by itself, on the next node
        given or the same one, for up to a minute. --record writes FILE.wav where it says (a bare name: the current directory); no
        other file is ever written.

        """;

    /// <summary>Parses the arguments after <c>connect</c>; bad ones throw <see cref="UsageException"/>.</summary>
    public static ConnectOptions Parse(IReadOnlyList<string> args) => Parse(ArgumentParser.Parse(args, Accepted));

    /// <inheritdoc />
    public async Task<int> RunAsync(ParsedArguments parsed, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(console);
        var options = Parse(parsed);
        if (options.RecordPath is not null && options.Audio == AudioFormat.Pcm16)
        {
            await console.Error.WriteLineAsync("warning: recording pcm16 decoded to float; use --audio f32 for a file bit-exact with the node").ConfigureAwait(false);
        }

        return await new ConnectSession(options, console).RunAsync(cancellationToken).ConfigureAwait(false);
    }

    private static ConnectOptions Parse(ParsedArguments parsed)
    {
        var session = parsed.Single("SESSION (the id of the session to join)");
        parsed.Exclusive("tcp", "url");
        NodeEndpoint[] endpoints = parsed.Values("url") is { Count: > 0 } urls ? [.. urls.Select(NodeEndpoint.WebSocket)]
            : parsed.Values("tcp") is { Count: > 0 } tcp ? [.. tcp.Select(NodeEndpoint.Tcp)]
            : [NodeEndpoint.Tcp(NodeEndpoint.DefaultTcp)];
        var settings = parsed.Values("set").Select(ParamSetting.Parse).ToArray();
        var record = parsed.Value("record");
        if (record is { Length: 0 })
        {
            throw new UsageException("--record needs a file name");
        }

        var seconds = parsed.PositiveNumber("seconds");
        AudioFormat audio;
        if (parsed.Value("audio") is { } word)
        {
            if (!AudioFormats.TryParse(word, out audio) || audio == AudioFormat.Opus)
            {
                throw new UsageException($"--audio is pcm16, f32 or none, not '{word}' (Opus is for players: the web page and listen.ogg)");
            }

            if (record is not null && audio == AudioFormat.None)
            {
                throw new UsageException("--record needs audio: use --audio f32 (or pcm16), not none");
            }
        }
        else
        {
            // A recording should be bit-exact with the node, which float32 is and pcm16 is not.
            audio = record is null ? AudioFormat.Pcm16 : AudioFormat.F32;
        }

        return new ConnectOptions(session, endpoints[0], parsed.Value("token"), settings, record, seconds, audio, Play: !parsed.Has("no-play") && audio != AudioFormat.None,
            OtherEndpoints: endpoints[1..]);
    }
}
