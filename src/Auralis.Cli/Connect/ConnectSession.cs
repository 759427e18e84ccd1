using System.Diagnostics;
using System.Globalization;
using Auralis.Audio.Codecs;
using Auralis.Cli.Playback;
using Auralis.Protocol;
using Auralis.Protocol.Audio;
using Auralis.Protocol.Messages;
using static Auralis.Protocol.Messages.ServerMessages;

namespace Auralis.Cli.Connect;

/// <summary>
/// One run of <c>auralis connect</c>: connect, wait for the welcome, send the settings, then play the audio, show events
/// (and record) until the recording is complete, the time is up, the session is deleted, or the user presses Ctrl-C.
/// </summary>
/// <remarks>
/// A connection that breaks or closes while the session lives on (its node died or left) is opened again by itself: the
/// next node given (<c>--tcp</c>/<c>--url</c> repeated), round the list, with a pause that grows from 0.5 s to 5 s, for up
/// to <see cref="ReconnectFor"/>. The recording keeps its timeline: what the new connection repeats is skipped, what it
/// missed is silence.
/// </remarks>
public sealed class ConnectSession(ConnectOptions options, CliConsole console)
{
    private static readonly TimeSpan WelcomeTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);

    // Fail-over after a node's death takes 16-24 s (issue 19): a minute of trying covers a slow one.
    private static readonly TimeSpan ReconnectFor = TimeSpan.FromSeconds(60);

    // The reasons of a `closing` after which the session will not come back, so there is nothing to reconnect to.
    private static readonly string[] FinalReasons = ["deleted", "failed"];
    private readonly StatusLine _status = new();
    private readonly Queue<string> _pendingSettings = new();
    private readonly Stopwatch _sinceRedraw = Stopwatch.StartNew();
    private float[] _samples = new float[4096];
    private bool _settingFailed;
    private bool _statusShown;
    private ISpeakers? _speakers;

    /// <summary>Runs the connection and answers the exit code; failures throw <see cref="CliFailure"/>.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (options.RecordPath is { } target && Path.GetDirectoryName(Path.GetFullPath(target)) is { Length: > 0 } folder && !Directory.Exists(folder))
        {
            throw new CliFailure($"cannot write '{target}': the folder '{folder}' does not exist");
        }

        var endpoint = 0;
        var connection = await OpenAsync(options.Endpoints[endpoint], cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunAsync(connection, endpoint, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private IServerConnection _connection = null!;

    private async Task<int> RunAsync(IServerConnection connection, int endpoint, CancellationToken cancellationToken)
    {
        _connection = connection;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var welcome = await WelcomeAsync(connection, options.Endpoints[endpoint], stop.Token).ConfigureAwait(false);
        if (options.RecordPath is not null && welcome.Format == AudioFormat.None)
        {
            throw new CliFailure("the node sends no audio on this connection, so there is nothing to record");
        }

        using var wav = options.RecordPath is { } path ? WavStreamWriter.Create(path, AudioChunk.SampleRate, AudioChunk.Channels, WavSampleFormat.Float32) : null;
        var recorder = wav is null ? null : new AudioRecorder(wav, options.RecordFrames);
        await using var speakers = await OpenSpeakersAsync(welcome).ConfigureAwait(false);
        if (recorder is null && options.Seconds is { } seconds)
        {
            stop.CancelAfter(TimeSpan.FromSeconds(seconds));
        }

        foreach (var (name, value) in options.Settings)
        {
            _pendingSettings.Enqueue(name);
            await connection.SendAsync(new ClientMessages.Param(name, value), stop.Token).ConfigureAwait(false);
        }

        var closedByNode = false;
        try
        {
            while (recorder is not { IsComplete: true })
            {
                var (input, broke) = await ReceiveAsync(_connection, stop.Token).ConfigureAwait(false);
                if (input is { IsAudio: true })
                {
                    await AudioAsync(welcome.Format, input.Value.Audio, recorder, stop.Token).ConfigureAwait(false);
                    continue;
                }

                if (input is { Closed: false } && await MessageAsync(input.Value.Message!).ConfigureAwait(false))
                {
                    continue;
                }

                if (input?.Message is Closing { Reason: var reason } && FinalReasons.Contains(reason))
                {
                    closedByNode = true;
                    break;
                }

                await _connection.DisposeAsync().ConfigureAwait(false);
                (_connection, endpoint) = await ReconnectAsync(endpoint, broke ?? "the node closed the connection", stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Ctrl-C or the time is up: both end the session cleanly.
        }

        EndStatus();
        if (!closedByNode)
        {
            await _connection.CloseAsync().ConfigureAwait(false);
        }

        return await FinishAsync(recorder).ConfigureAwait(false);
    }

    private Task<IServerConnection> OpenAsync(NodeEndpoint endpoint, CancellationToken cancellationToken) => endpoint.IsTcp
        ? Open(TcpServerConnection.OpenAsync(endpoint, options.Session, options.Token, options.Audio, cancellationToken))
        : Open(WebSocketServerConnection.OpenAsync(endpoint, options.Session, options.Token, options.Audio, cancellationToken));

    // The next input, or null with why the connection broke.
    private static async Task<(ServerInput? Input, string? Broke)> ReceiveAsync(IServerConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            return (await connection.ReceiveAsync(cancellationToken).ConfigureAwait(false), null);
        }
        catch (CliFailure e)
        {
            return (null, e.Message);
        }
    }

    // Opens the session again on the next node given (round the list), welcomed, or fails once ReconnectFor has passed; a
    // node that refuses the session (it was deleted, the token is wrong) ends the run at once.
    private async Task<(IServerConnection Connection, int Endpoint)> ReconnectAsync(int endpoint, string why, CancellationToken cancellationToken)
    {
        EndStatus();
        await console.Error.WriteLineAsync($"connection lost ({why}); reconnecting").ConfigureAwait(false);
        var until = Stopwatch.GetTimestamp() + (long)(ReconnectFor.TotalSeconds * Stopwatch.Frequency);
        var pause = TimeSpan.FromMilliseconds(500);
        var endpoints = options.Endpoints;
        while (true)
        {
            endpoint = (endpoint + 1) % endpoints.Count;
            IServerConnection? connection = null;
            try
            {
                connection = await OpenAsync(endpoints[endpoint], cancellationToken).ConfigureAwait(false);
                var (welcome, refusal) = await TryWelcomeAsync(connection, endpoints[endpoint], cancellationToken).ConfigureAwait(false);
                if (refusal is not null)
                {
                    throw new CliFailure(refusal);
                }

                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"reconnected to {endpoints[endpoint]}; audio resumes at frame {welcome!.Frame}")).ConfigureAwait(false);
                return (connection, endpoint);
            }
            catch (CliFailure e) when (e.InnerException is not null || e.Message.StartsWith("the node at", StringComparison.Ordinal))
            {
                // Not reachable, or it closed before welcoming us: the cluster may still be moving the session.
                await (connection?.DisposeAsync() ?? ValueTask.CompletedTask).ConfigureAwait(false);
                if (Stopwatch.GetTimestamp() > until)
                {
                    throw new CliFailure($"lost the connection ({why}) and no node of {string.Join(", ", endpoints)} took it back within {ReconnectFor.TotalSeconds:0} s", e);
                }
            }

            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
        }
    }

    private static async Task<IServerConnection> Open<T>(Task<T> opening)
        where T : IServerConnection => await opening.ConfigureAwait(false);

    private async Task<Welcome> WelcomeAsync(IServerConnection connection, NodeEndpoint endpoint, CancellationToken cancellationToken)
    {
        var (welcome, refusal) = await TryWelcomeAsync(connection, endpoint, cancellationToken).ConfigureAwait(false);
        return welcome ?? throw new CliFailure(refusal!);
    }

    // The welcome, or the node's refusal (an error, or a closing, before it); a connection that ends first, or no welcome in
    // time, is a CliFailure naming the node.
    private async Task<(Welcome? Welcome, string? Refusal)> TryWelcomeAsync(IServerConnection connection, NodeEndpoint endpoint, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(WelcomeTimeout);
        try
        {
            while (true)
            {
                var input = await connection.ReceiveAsync(timeout.Token).ConfigureAwait(false);
                switch (input)
                {
                    case { Closed: true }:
                        throw new CliFailure($"the node at {endpoint} closed the connection before welcoming it");
                    case { Message: Error error }:
                        return (null, Refusal(error));
                    case { Message: Closing closing }:
                        return (null, $"the node closed the connection: {closing.Reason}");
                    case { Message: Welcome welcome }:
                        await ShowAsync(welcome).ConfigureAwait(false);
                        return (welcome, null);
                }
            }
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliFailure($"the node at {endpoint} sent no welcome within {WelcomeTimeout.TotalSeconds:0} s", e);
        }
    }

    private string Refusal(Error error) => error.Code == ErrorCodes.UnknownSession
        ? $"the node has no session '{options.Session}' ({error.Code}: {error.Message})"
        : $"the node refused the connection ({error.Code}: {error.Message})";

    /// <summary>Shows one message; false when it is the node's <c>closing</c>.</summary>
    private async Task<bool> MessageAsync(ServerMessage message)
    {
        switch (message)
        {
            case Param param when _pendingSettings.Contains(param.Name):
                Remove(param.Name);
                break;
            case Error when _pendingSettings.Count > 0:
                // Errors carry no reference to what caused them; the node answers in order, so it is the oldest setting's.
                _pendingSettings.Dequeue();
                _settingFailed = true;
                break;
        }

        await ShowAsync(message).ConfigureAwait(false);
        return message is not Closing;
    }

    private void Remove(string name)
    {
        var rest = _pendingSettings.ToList();
        rest.Remove(name);
        _pendingSettings.Clear();
        foreach (var other in rest)
        {
            _pendingSettings.Enqueue(other);
        }
    }

    private async Task ShowAsync(ServerMessage message)
    {
        if (!console.OutIsTerminal)
        {
            await console.Out.WriteLineAsync(EventLines.For(message)).ConfigureAwait(false);
            await console.Out.FlushAsync().ConfigureAwait(false);
            return;
        }

        // On a terminal only what needs reading later gets a line of its own; the rest updates the status line.
        if (message is Welcome or Moved or Param or Error or Closing)
        {
            EndStatus();
            await console.Out.WriteLineAsync(EventLines.For(message)).ConfigureAwait(false);
        }

        if (_status.Update(message) || message is Welcome)
        {
            await RedrawAsync(force: message is Welcome).ConfigureAwait(false);
        }
    }

    private async Task AudioAsync(AudioFormat format, ReadOnlyMemory<byte> payload, AudioRecorder? recorder, CancellationToken cancellationToken)
    {
        if (format == AudioFormat.None)
        {
            return;
        }

        if (!AudioChunk.TryReadHeader(format, payload.Span, out _, out var frameCount, out var error))
        {
            throw new CliFailure($"protocol error {error.Code}: {error.Message}");
        }

        if (_samples.Length < frameCount * AudioChunk.Channels)
        {
            _samples = new float[frameCount * AudioChunk.Channels];
        }

        AudioChunk.TryDecode(format, payload.Span, _samples, out var firstFrame, out _, out _);
        _status.AddFrames(frameCount);
        // A player that stops reading must not hold the connection past Ctrl-C or --seconds.
        await PlayAsync(frameCount, cancellationToken).ConfigureAwait(false);
        var gap = recorder?.Accept((long)firstFrame, _samples.AsSpan(0, frameCount * AudioChunk.Channels)) ?? 0;
        if (gap > 0)
        {
            EndStatus();
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"warning: {gap} frames missing before frame {firstFrame}; recorded as silence")).ConfigureAwait(false);
        }

        if (console.OutIsTerminal)
        {
            await RedrawAsync(force: false).ConfigureAwait(false);
        }
    }

    /// <summary>The speakers, or null (asked not to play, or no device: then it says why and the events go on alone).</summary>
    private async Task<ISpeakers?> OpenSpeakersAsync(Welcome welcome)
    {
        if (!options.Play || welcome.Format == AudioFormat.None)
        {
            return null;
        }

        _speakers = Speakers.Open($"auralis {options.Session}", out var whyNot);
        await console.Error.WriteLineAsync(_speakers is null
            ? $"no sound: {whyNot}; showing the events only"
            : $"playing through {_speakers.Name} (--no-play to turn it off)").ConfigureAwait(false);
        return _speakers;
    }

    private async Task PlayAsync(int frameCount, CancellationToken cancellationToken)
    {
        if (_speakers is null || await _speakers.PlayAsync(_samples.AsMemory(0, frameCount * AudioChunk.Channels), cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        EndStatus();
        await console.Error.WriteLineAsync($"no sound: {_speakers.Failure}; showing the events only").ConfigureAwait(false);
        _speakers = null;
    }

    private async Task RedrawAsync(bool force)
    {
        if (!console.OutIsTerminal || (!force && _sinceRedraw.Elapsed < RedrawEvery))
        {
            return;
        }

        _sinceRedraw.Restart();
        _statusShown = true;
        await console.Out.WriteAsync("\r" + _status.Render() + "\u001b[K").ConfigureAwait(false);
        await console.Out.FlushAsync().ConfigureAwait(false);
    }

    private void EndStatus()
    {
        if (_statusShown)
        {
            console.Out.Write("\r\u001b[K");
            _statusShown = false;
        }
    }

    private async Task<int> FinishAsync(AudioRecorder? recorder)
    {
        var code = ExitCodes.Ok;
        foreach (var name in _pendingSettings)
        {
            await console.Error.WriteLineAsync($"warning: the node never confirmed --set {name}").ConfigureAwait(false);
        }

        if (_settingFailed)
        {
            code = ExitCodes.Failed;
        }

        if (recorder is not null)
        {
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"recorded {recorder.Recorded} frames from frame {recorder.FirstFrame ?? 0} to {options.RecordPath}")).ConfigureAwait(false);
            if (recorder.MissingFrames > 0)
            {
                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"warning: {recorder.MissingFrames} frames never arrived and are silence in the recording")).ConfigureAwait(false);
            }

            if (options.RecordFrames is { } target && recorder.Recorded < target)
            {
                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"auralis connect: the stream ended after {recorder.Recorded} of {target} frames")).ConfigureAwait(false);
                code = ExitCodes.Failed;
            }
        }

        await console.Out.FlushAsync().ConfigureAwait(false);
        return code;
    }
}
