using System.Diagnostics;
using System.Globalization;
using Akka.Actor;
using Auralis.Audio.Codecs;
using Auralis.Audio.Codecs.Midi;
using Auralis.Cli.Arguments;
using Auralis.Cli.Replay;
using Auralis.Engine.Persistence;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using Auralis.Protocol.Audio;

namespace Auralis.Cli.Commands;

/// <summary><c>auralis replay</c>: re-runs a session from its journal, offline, into a WAV (and a MIDI) file.</summary>
public sealed class ReplayCommand : ICliCommand
{
    private static readonly OptionSpec[] Accepted =
    [
        new("out"), new("midi"), new("bars"), new("seconds"), new("data"), new("journal"), new("format"), new("from-frame"), new("frames"),
    ];

    /// <inheritdoc />
    public string Name => "replay";

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => Accepted;

    /// <inheritdoc />
    public string Summary => "replay a session from its journal into WAV and MIDI files (no node needed)";

    /// <inheritdoc />
    public string Usage => """
        usage: auralis replay SESSION --out FILE.wav [--midi FILE.mid] [options]
               auralis replay SESSION --midi FILE.mid [options]

          --out FILE.wav       the WAV to write (float32 stereo 48 kHz from frame 0 of the session)
          --midi FILE.mid      the notes as MIDI, one track per voice; alone, no audio is rendered
          --bars N             replay N bars
          --seconds N          replay N seconds (not with --bars); default: up to the last input plus one phrase
          --from-frame F       with --frames N: write exactly frames F to F+N-1 of the session's timeline, such as
          --frames N           what `connect --record` printed ("recorded N frames from frame F"), bit for bit
          --data DIR           the node's data directory holding auralis.db (default ./data)
          --journal J          the journal instead: sqlite:PATH or postgres:CONNECTION-STRING (not with --data)
          --format F           f32 (default) or pcm16

        Files are written only where --out and --midi say (a bare name: the current directory), each in place once
        complete; nothing else is written.

        """;

    /// <summary>Parses the arguments after <c>replay</c>; bad ones throw <see cref="UsageException"/>.</summary>
    public static ReplayOptions Parse(IReadOnlyList<string> args)
    {
        var parsed = ArgumentParser.Parse(args, Accepted);
        return Parse(parsed);
    }

    /// <inheritdoc />
    public async Task<int> RunAsync(ParsedArguments parsed, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(console);
        await RunAsync(Parse(parsed), console, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    /// <summary>Replays as <paramref name="options"/> say and prints a summary; failures throw <see cref="CliFailure"/>.</summary>
    public static async Task<ReplayResult> RunAsync(ReplayOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        JournalCheck.EnsureExists(options.Journal, options.DataDirectory);
        foreach (var path in new[] { options.OutPath, options.MidiPath }.OfType<string>())
        {
            CheckFolderOf(path);
        }

        var clock = Stopwatch.StartNew();
        var system = ActorSystem.Create("auralis-replay", EngineSetup.SystemSetup(options.Journal, "akka.loglevel = WARNING"));
        try
        {
            ReplayResult result;
            if (options.OutPath is null)
            {
                // MIDI alone needs the notes, not the audio: composition without a sample rendered.
                result = await ReadJournalAsync(options, async () =>
                        SessionReplayer.Plan(await new JournalReplayer(system).EventsAsync(options.Session, cancellationToken).ConfigureAwait(false), options.Length))
                    .ConfigureAwait(false);
            }
            else
            {
                using var sink = new WavFileSink(options.OutPath, options.Format, options.FromFrame, options.Frames);
                var progress = new ProgressBar(console.Error, console.ErrorIsTerminal);
                result = await ReadJournalAsync(options, () => new JournalReplayer(system).ReplayAsync(options.Session, options.Length, sink, progress.Report, cancellationToken))
                    .ConfigureAwait(false);
                sink.Complete();
                progress.Finish();
            }

            if (options.MidiPath is { } midi)
            {
                MidiWriter.Write(midi, MidiExport.From(result));
            }

            var written = options.Frames ?? result.Frames;
            var seconds = result.Frames / (double)AudioChunk.SampleRate;
            var wall = clock.Elapsed.TotalSeconds;
            var files = string.Join(", ", new[] { options.OutPath, options.MidiPath }.OfType<string>());
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"replayed '{options.Session}': {result.Frames} frames ({seconds:0.00} s), {result.Notes.Count} notes -> {files}{(options.Frames is null ? string.Empty : $" (frames {options.FromFrame} to {options.FromFrame + written - 1})")} in {wall:0.00} s ({seconds / Math.Max(wall, 1e-6):0.0}x real time)"))
                .ConfigureAwait(false);
            return result;
        }
        finally
        {
            await system.Terminate().ConfigureAwait(false);
        }
    }

    private static async Task<ReplayResult> ReadJournalAsync(ReplayOptions options, Func<Task<ReplayResult>> replay)
    {
        try
        {
            return await replay().ConfigureAwait(false);
        }
        catch (ArgumentException e) when (e.ParamName == "id")
        {
            throw new CliFailure($"the journal has no session '{options.Session}'", e);
        }
        catch (Exception e) when (e is not (OperationCanceledException or CliFailure or ArgumentException))
        {
            throw new CliFailure($"cannot read the journal at {options.Journal}: {e.Message}", e);
        }
    }

    private static ReplayOptions Parse(ParsedArguments parsed)
    {
        var id = parsed.Single("SESSION (the id of the session to replay)");
        if (!SessionId.IsValid(id))
        {
            throw new UsageException($"'{id}' is not a session id (1-64 lower-case letters, digits, '-' or '_')");
        }

        var outPath = parsed.Value("out");
        if (outPath is null && parsed.Value("midi") is null)
        {
            throw new UsageException("missing --out FILE.wav (the audio) or --midi FILE.mid (the notes): replay writes only the files it is given");
        }

        if (outPath is null && (parsed.Has("from-frame") || parsed.Has("frames") || parsed.Has("format")))
        {
            throw new UsageException("--from-frame, --frames and --format shape the WAV: give --out FILE.wav as well");
        }

        if (outPath is not null && parsed.Value("midi") is { } midiPath && Path.GetFullPath(outPath) == Path.GetFullPath(midiPath))
        {
            throw new UsageException("--out and --midi name the same file");
        }

        parsed.Exclusive("bars", "seconds");
        parsed.Exclusive("data", "journal");
        var seconds = parsed.PositiveNumber("seconds");
        var bars = parsed.PositiveInteger("bars");
        var (fromFrame, frames) = Window(parsed);
        var length = frames is { } count
            // Half a frame more, so the float product never truncates to one frame short of the window's end.
            ? new ReplayLength((fromFrame + count + 0.5) / AudioChunk.SampleRate)
            : seconds is null && bars is null ? ReplayLength.ToLastInput : new ReplayLength(seconds, bars);
        var format = parsed.Value("format") switch
        {
            null or "f32" or "float32" => WavSampleFormat.Float32,
            "pcm16" => WavSampleFormat.Pcm16,
            var other => throw new UsageException($"--format is f32 or pcm16, not '{other}'"),
        };

        if (parsed.Value("journal") is { } journal)
        {
            try
            {
                return new ReplayOptions(new SessionId(id), outPath, parsed.Value("midi"), length, JournalTarget.Parse(journal), null, format, fromFrame, frames);
            }
            catch (FormatException e)
            {
                throw new UsageException($"--journal: {e.Message}", e);
            }
        }

        var data = parsed.Value("data") ?? "./data";
        return new ReplayOptions(new SessionId(id), outPath, parsed.Value("midi"), length, JournalTarget.InDataDirectory(data), data, format, fromFrame, frames);
    }

    // --from-frame F --frames N: a window of the timeline; both or neither, and not with --bars or --seconds.
    private static (long FromFrame, long? Frames) Window(ParsedArguments parsed)
    {
        var from = parsed.Value("from-frame");
        var frames = parsed.PositiveInteger("frames");
        if (from is null && frames is null)
        {
            return (0, null);
        }

        if (frames is null)
        {
            throw new UsageException("--from-frame needs --frames N as well (how many frames to write)");
        }

        parsed.Exclusive("frames", "seconds");
        parsed.Exclusive("frames", "bars");
        if (from is null)
        {
            return (0, frames);
        }

        if (!long.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out var first))
        {
            throw new UsageException($"--from-frame needs a frame index (a whole number from 0), not '{from}'");
        }

        return (first, frames);
    }

    private static void CheckFolderOf(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            throw new CliFailure($"cannot write '{path}': the folder '{folder}' does not exist");
        }
    }
}
