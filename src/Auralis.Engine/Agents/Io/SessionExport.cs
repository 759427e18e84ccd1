using Auralis.Audio.Codecs;
using Auralis.Audio.Codecs.Midi;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Agents.Io;

/// <summary>The IO agent's exports from a session's events: the JSON backup, or a replay written as WAV or MIDI.</summary>
public static class SessionExport
{
    /// <summary>The formats an export can take.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["json", "wav", "mid"];

    /// <summary>
    /// Exports <paramref name="events"/> of session <paramref name="id"/> as <paramref name="format"/>; a backup carries the bytes
    /// of the samples stored under <paramref name="sampleFolder"/> (none without one).
    /// </summary>
    public static (byte[] Content, string ContentType, string FileName) Export(SessionId id, IReadOnlyList<ISessionEvent> events, string format,
        ReplayLength length, WavSampleFormat wavFormat, string? sampleFolder = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(length);
        if (format == "json")
        {
            return (SessionBackup.Write(id, events, SampleContents(events, sampleFolder)), "application/json", $"{id}.backup.json");
        }

        if (format is not ("wav" or "mid"))
        {
            throw new ArgumentException($"An export is json, wav or mid, not '{format}'.", nameof(format));
        }

        var wav = new MemoryStream();
        ReplayResult result;
        using (var sink = ReplayFiles.Wav(wav, wavFormat))
        {
            result = SessionReplayer.Replay(events, length, sink);
        }

        if (format == "wav")
        {
            return (wav.ToArray(), "audio/wav", $"{id}.wav");
        }

        var midi = new MemoryStream();
        MidiWriter.Write(midi, ReplayFiles.Midi(result));
        return (midi.ToArray(), "audio/midi", $"{id}.mid");
    }

    // The backup carries the samples' bytes, not where this node keeps them; and only bytes from the node's own sample
    // folder, so a journal written by an older import that named some other file cannot hand that file out.
    private static Dictionary<string, byte[]> SampleContents(IReadOnlyList<ISessionEvent> events, string? sampleFolder)
    {
        var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (sampleFolder is null)
        {
            return contents;
        }

        var root = Path.GetFullPath(sampleFolder) + Path.DirectorySeparatorChar;
        foreach (var sample in events.OfType<SessionEvents.SampleAdded>())
        {
            if (!contents.ContainsKey(sample.Sha256) && Path.GetFullPath(sample.Path).StartsWith(root, StringComparison.Ordinal)
                && Sample.SampleStore.Content(sample.Path, sample.Sha256) is { } bytes)
            {
                contents[sample.Sha256] = bytes;
            }
        }

        return contents;
    }
}
