using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Auralis.Cli.Playback;

/// <summary>
/// Plays through a player program that reads raw float32 stereo 48 kHz from its standard input: PulseAudio's <c>pacat</c>
/// (which PipeWire's pulse layer serves too) or PipeWire's <c>pw-play</c>.
/// </summary>
/// <remarks>
/// A child process instead of binding libpulse: the tools are on every desktop that has sound, they find the default device
/// and server the way every other program does (PULSE_SERVER, the user's runtime folder), and a missing library cannot crash
/// the CLI. A player that cannot reach a server exits at once; the next write then fails, and <see cref="Failure"/> holds
/// the first line it wrote to standard error.
/// </remarks>
public sealed class PipeSpeakers : ISpeakers
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(3);
    private readonly Process _player;
    private readonly Stream _input;
    private readonly List<string> _errors = [];
    private byte[] _bytes = new byte[16 * 1024];

    private PipeSpeakers(string name, Process player)
    {
        Name = name;
        _player = player;
        _input = player.StandardInput.BaseStream;
        player.ErrorDataReceived += (_, line) =>
        {
            if (!string.IsNullOrWhiteSpace(line.Data))
            {
                lock (_errors)
                {
                    _errors.Add(line.Data.Trim());
                }
            }
        };
        player.BeginErrorReadLine();
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string? Failure { get; private set; }

    /// <summary>Starts the first player of <see cref="PlayerPrograms.Candidates"/> found on PATH, or answers null and why none could start.</summary>
    public static ISpeakers? Start(string streamName, out string? whyNot)
    {
        foreach (var program in PlayerPrograms.Candidates(streamName))
        {
            if (PlayerPrograms.Find(program.Executable) is not { } path)
            {
                continue;
            }

            var start = new ProcessStartInfo(path)
            {
                RedirectStandardInput = true,
                RedirectStandardError = true,
                RedirectStandardOutput = false,
                UseShellExecute = false,
            };
            foreach (var argument in program.Arguments)
            {
                start.ArgumentList.Add(argument);
            }

            try
            {
                whyNot = null;
                return new PipeSpeakers(program.Name, Process.Start(start)!);
            }
            catch (Win32Exception e)
            {
                whyNot = $"{program.Executable} could not start: {e.Message}";
                return null;
            }
        }

        whyNot = "no audio player found: install PulseAudio's pacat (pulseaudio-utils) or PipeWire's pw-play (pipewire-bin)";
        return null;
    }

    /// <inheritdoc />
    public ValueTask<bool> PlayAsync(ReadOnlyMemory<float> interleaved, CancellationToken cancellationToken)
    {
        if (Failure is not null)
        {
            return ValueTask.FromResult(false);
        }

        if (_player.HasExited)
        {
            return ValueTask.FromResult(Fail(null));
        }

        var length = interleaved.Length * sizeof(float);
        if (_bytes.Length < length)
        {
            _bytes = new byte[length];
        }

        // The players are told float32le; .NET runs little-endian everywhere it runs this CLI.
        MemoryMarshal.AsBytes(interleaved.Span).CopyTo(_bytes);
        return WriteAsync(length, cancellationToken);
    }

    private async ValueTask<bool> WriteAsync(int length, CancellationToken cancellationToken)
    {
        try
        {
            await _input.WriteAsync(_bytes.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (IOException e)
        {
            return Fail(e.Message);
        }
    }

    private bool Fail(string? writeError)
    {
        // The player's own words say most (no server, no device); give it a moment to have written them.
        if (_player.WaitForExit(TimeSpan.FromSeconds(1)))
        {
            // Only the untimed wait waits for the end of the redirected standard error, too.
            _player.WaitForExit();
        }

        string? said;
        lock (_errors)
        {
            said = _errors.FirstOrDefault();
        }

        Failure = said is not null ? $"{Name}: {said}" : $"{Name} stopped{(writeError is null ? string.Empty : $" ({writeError})")}";
        return false;
    }

    /// <summary>Closes the player's input so it plays what it holds and exits; a player that hangs is killed.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _input.DisposeAsync().ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The player is already gone.
        }

        using var drain = new CancellationTokenSource(DrainTimeout);
        try
        {
            await _player.WaitForExitAsync(drain.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _player.Kill();
        }

        _player.Dispose();
    }
}
