using Auralis.Audio.Codecs;
using Auralis.Audio.Rendering;
using Auralis.Protocol.Audio;

namespace Auralis.Cli.Replay;

/// <summary>
/// Streams replayed blocks into a WAV file, written beside the target under a temporary name and moved into place only by
/// <see cref="Complete"/>, so a failed replay never leaves a truncated or empty take where the user expects one.
/// </summary>
public sealed class WavFileSink : IAudioBlockSink, IDisposable
{
    private readonly string _path;
    private readonly string _partialPath;
    private readonly WavStreamWriter _writer;
    private readonly long _fromFrame;
    private readonly long _endFrame;
    private bool _completed;

    /// <summary>Starts the file that will become <paramref name="path"/>, holding <paramref name="frames"/> frames (all when null) from <paramref name="fromFrame"/> on.</summary>
    public WavFileSink(string path, WavSampleFormat format, long fromFrame = 0, long? frames = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromFrame);
        _fromFrame = fromFrame;
        _endFrame = frames is { } count ? fromFrame + count : long.MaxValue;
        _path = Path.GetFullPath(path);
        _partialPath = _path + ".partial";
        _writer = WavStreamWriter.Create(_partialPath, AudioChunk.SampleRate, AudioChunk.Channels, format);
    }

    /// <summary>Frames written so far.</summary>
    public long Frames => _writer.Frames;

    /// <inheritdoc />
    public void Write(long firstFrame, ReadOnlySpan<float> interleavedStereo)
    {
        var count = interleavedStereo.Length / 2;
        var start = (int)Math.Clamp(_fromFrame - firstFrame, 0, count);
        var end = (int)Math.Clamp(_endFrame - firstFrame, 0, count);
        if (start < end)
        {
            _writer.Write(interleavedStereo[(start * 2)..(end * 2)]);
        }
    }

    /// <summary>Patches the header and moves the file into place, replacing an older take.</summary>
    public void Complete()
    {
        _writer.Dispose();
        File.Move(_partialPath, _path, overwrite: true);
        _completed = true;
    }

    /// <summary>Closes the file; unless it was completed, removes it.</summary>
    public void Dispose()
    {
        _writer.Dispose();
        if (!_completed && File.Exists(_partialPath))
        {
            File.Delete(_partialPath);
        }
    }
}
