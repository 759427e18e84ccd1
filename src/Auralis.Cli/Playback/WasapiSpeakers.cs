using System.Runtime.Versioning;
using Auralis.Protocol.Audio;
using NAudio.Wave;

namespace Auralis.Cli.Playback;

/// <summary>Plays through Windows' default output device with WASAPI in shared mode, from a buffer the connection fills.</summary>
/// <remarks>The buffer holds two seconds and drops what overflows it: the node paces the stream, so it only fills when the device stalls.</remarks>
[SupportedOSPlatform("windows")]
public sealed class WasapiSpeakers : ISpeakers
{
    private readonly WasapiPlayer _output;
    private readonly BufferedWaveProvider _buffer;
    private byte[] _bytes = new byte[16 * 1024];

    private WasapiSpeakers()
    {
        _buffer = new BufferedWaveProvider(WaveFormat.CreateIeeeFloatWaveFormat(AudioChunk.SampleRate, AudioChunk.Channels), TimeSpan.FromSeconds(2)) { DiscardOnBufferOverflow = true };
        // Shared mode: the audio engine mixes with other programs and converts to the device's own rate.
        _output = new WasapiPlayerBuilder().WithSharedMode().WithLatency(100).Build();
        _output.PlaybackStopped += (_, stopped) => Failure ??= $"{Name}: {stopped.Exception?.Message ?? "the device stopped"}";
        _output.Init(_buffer);
        _output.Play();
    }

    /// <inheritdoc />
    public string Name => "WASAPI";

    /// <inheritdoc />
    public string? Failure { get; private set; }

    /// <summary>Opens the default device, or answers null and why (no device, or one that refuses the format).</summary>
    public static ISpeakers? Start(out string? whyNot)
    {
        try
        {
            whyNot = null;
            return new WasapiSpeakers();
        }
        catch (Exception e) when (e is System.Runtime.InteropServices.COMException or InvalidOperationException or ArgumentException)
        {
            whyNot = $"no audio output device (WASAPI: {e.Message})";
            return null;
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> PlayAsync(ReadOnlyMemory<float> interleaved, CancellationToken cancellationToken)
    {
        if (Failure is not null)
        {
            return ValueTask.FromResult(false);
        }

        var length = interleaved.Length * sizeof(float);
        if (_bytes.Length < length)
        {
            _bytes = new byte[length];
        }

        System.Runtime.InteropServices.MemoryMarshal.AsBytes(interleaved.Span).CopyTo(_bytes);
        _buffer.AddSamples(_bytes, 0, length);
        return ValueTask.FromResult(true);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _output.DisposeAsync();
}
