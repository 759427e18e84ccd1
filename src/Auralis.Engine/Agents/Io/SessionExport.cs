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

    /// <summary>Exports <paramref name="events"/> of session <paramref name="id"/> as <paramref name="format"/>.</summary>
    public static (byte[] Content, string ContentType, string FileName) Export(SessionId id, IReadOnlyList<ISessionEvent> events, string format,
        ReplayLength length, WavSampleFormat wavFormat)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(length);
        if (format == "json")
        {
            return (SessionBackup.Write(id, events, SampleContents(events)), "application/json", $"{id}.backup.json");
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

    // The backup carries the samples' bytes, not where this node keeps them.
    private static Dictionary<string, byte[]> SampleContents(IReadOnlyList<ISessionEvent> events)
    {
        var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var sample in events.OfType<Agents.AgentEvents.SampleAdded>())
        {
            if (!contents.ContainsKey(sample.Sha256) && Sample.SampleStore.Content(sample.Path, sample.Sha256) is { } bytes)
            {
                contents[sample.Sha256] = bytes;
            }
        }

        return contents;
    }
}
