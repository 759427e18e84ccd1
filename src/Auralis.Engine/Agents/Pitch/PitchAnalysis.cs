using Auralis.Audio.Analysis;
using Auralis.Audio.Codecs;
using Auralis.Music.Theory;

namespace Auralis.Engine.Agents.Pitch;

/// <summary>The pitch agent's pure work: reading uploaded WAV bytes, and the notes heard in audio against a key.</summary>
public static class PitchAnalysis
{
    /// <summary>The deviation, in cents, within which a note counts as in tune.</summary>
    public const double ToleranceCents = 10;

    /// <summary>The WAV in <paramref name="bytes"/>, holding at least one frame; a <see cref="FormatException"/> says precisely what is wrong with it.</summary>
    public static WavAudio ReadWav(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        WavAudio audio;
        try
        {
            audio = WavReader.Parse(bytes);
        }
        catch (AudioFormatException e)
        {
            throw new FormatException($"Not a readable WAV file: {e.Message}.", e);
        }

        // Every analysis needs a frame to look at; a well-formed file of no length is still nothing to analyze.
        return audio.Frames > 0 ? audio : throw new FormatException("The WAV file holds no audio (0 frames).");
    }

    /// <summary>The notes heard in <paramref name="audio"/>, each with its nearest scale tone of <paramref name="key"/>.</summary>
    public static IReadOnlyList<NoteAnalysis> Analyze(WavAudio audio, Key key)
    {
        ArgumentNullException.ThrowIfNull(audio);
        return Describe(IntonationAnalyzer.Analyze(audio, key));
    }

    /// <summary>The notes heard in mono <paramref name="samples"/> at <paramref name="sampleRate"/>, against <paramref name="key"/>.</summary>
    public static IReadOnlyList<NoteAnalysis> Analyze(ReadOnlySpan<float> samples, int sampleRate, Key key) =>
        Describe(IntonationAnalyzer.Analyze(samples, sampleRate, key));

    private static NoteAnalysis[] Describe(IReadOnlyList<IntonatedNote> notes) =>
        notes.Select(n => new NoteAnalysis(n.Segment.StartSeconds, n.Segment.EndSeconds, n.Reading.Name, n.Reading.Hertz, n.Reading.Cents,
            n.Correction.Target.Name, n.Correction.Cents, n.IsInTune(ToleranceCents))).ToArray();
}
