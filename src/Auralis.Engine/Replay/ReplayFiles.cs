using Auralis.Audio.Processing;
using Auralis.Audio.Codecs;
using Auralis.Audio.Codecs.Midi;
using Auralis.Audio.Rendering;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Replay;

/// <summary>What a replay is saved as: a WAV written as the blocks arrive, a Standard MIDI File with one track per voice, and the notes as JSON.</summary>
public static class ReplayFiles
{
    /// <summary>A sink that streams the replay's blocks into a 48 kHz stereo WAV of <paramref name="format"/>.</summary>
    public static WavSink Wav(Stream stream, WavSampleFormat format) => new(new WavStreamWriter(stream, AudioSpec.Session.SampleRate, AudioSpec.Session.Channels, format, ownsStream: false));

    /// <summary>The replay's notes as a format-1 MIDI file: a tempo track, then one track per voice on its own channel.</summary>
    public static MidiFile Midi(ReplayResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var tempo = new MidiTrack("tempo", [TempoChange.FromBpm(0, result.BeatsPerMinute)]);
        var voices = SessionParameters.Voices.Select((voice, channel) => new MidiTrack(voice, MidiNotes.ToEvents(result.Notes
            .Where(n => n.Channel == channel)
            .Select(n => new MidiNote(n.Note.Tick, n.Note.DurationTicks, n.Note.Pitch.MidiNumber, n.Note.Velocity, voice == "perc" ? 9 : channel)))));
        return new MidiFile(1, 480, [tempo, .. voices]);
    }

    /// <summary>A block sink writing into a <see cref="WavStreamWriter"/>; dispose it to finish the file's header.</summary>
    public sealed class WavSink(WavStreamWriter writer) : IAudioBlockSink, IDisposable
    {
        /// <summary>Frames written so far.</summary>
        public long Frames => writer.Frames;

        /// <inheritdoc />
        public void Write(long firstFrame, ReadOnlySpan<float> interleavedStereo) => writer.Write(interleavedStereo);

        /// <inheritdoc />
        public void Dispose() => writer.Dispose();
    }
}
