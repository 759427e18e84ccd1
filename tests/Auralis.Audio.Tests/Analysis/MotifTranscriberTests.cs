using Auralis.Audio.Analysis;
using Auralis.Audio.Codecs;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Audio.Tests.Analysis;

public sealed class MotifTranscriberTests
{
    private static readonly Melodies.Step[] Line =
    [
        new(Pitch.Parse("D4"), Ticks.PerEighth),
        new(Pitch.Parse("E4"), Ticks.PerSixteenth),
        new(Pitch.Parse("F#4"), Ticks.PerSixteenth),
        new(Pitch.Parse("G4"), Ticks.PerQuarter, Cents: 15),
        new(null, Ticks.PerEighth),
        new(Pitch.Parse("A4"), Ticks.PerEighth + Ticks.PerSixteenth, Cents: -20),
        new(Pitch.Parse("B3"), Ticks.PerSixteenth),
        new(Pitch.Parse("D5"), Ticks.PerQuarter * 2),
    ];

    [Theory]
    [InlineData(44_100, 120)]
    [InlineData(48_000, 96)]
    public void A_played_line_becomes_a_motif_of_its_pitches_and_quantized_durations(int sampleRate, double bpm)
    {
        var audio = Melodies.Render(Line, sampleRate, bpm, leadInSeconds: 0.23);

        var motif = MotifTranscriber.Transcribe(audio, sampleRate, Key.Parse("D major"), new TranscriptionOptions(bpm));

        var expected = Expected();
        Assert.Equal(expected.Select(n => n.Pitch.Name), motif.Notes.Select(n => n.Pitch.Name));
        Assert.Equal(expected.Select(n => n.Tick), motif.Notes.Select(n => n.Tick));
        Assert.Equal(expected.Select(n => n.DurationTicks), motif.Notes.Select(n => n.DurationTicks));
        Assert.Equal(Key.Parse("D major"), motif.Key);
        Assert.Equal(expected[^1].EndTick, motif.LengthTicks);
    }

    [Fact]
    public void A_line_sung_with_vibrato_through_noise_still_becomes_the_same_motif()
    {
        var audio = Signals.WithNoise(Melodies.Render(Line, 44_100, 110, vibratoCents: 30), 20, new Auralis.Music.Randomness.SeededRandom(17));

        var motif = MotifTranscriber.Transcribe(audio, 44_100, Key.Parse("D major"), new TranscriptionOptions(110));

        var expected = Expected();
        Assert.Equal(expected.Select(n => n.Pitch.Name), motif.Notes.Select(n => n.Pitch.Name));
        Assert.Equal(expected.Select(n => n.Tick), motif.Notes.Select(n => n.Tick));
        Assert.Equal(expected.Select(n => n.DurationTicks), motif.Notes.Select(n => n.DurationTicks));
    }

    [Fact]
    public void A_stereo_wav_is_folded_to_mono_before_it_is_heard()
    {
        var mono = Melodies.Render(Line, 48_000, 120);
        var stereo = new float[mono.Length * 2];
        for (var i = 0; i < mono.Length; i++)
        {
            (stereo[2 * i], stereo[(2 * i) + 1]) = (mono[i] * 0.5f, mono[i] * 1.5f);
        }

        var motif = MotifTranscriber.Transcribe(new WavAudio(48_000, 2, stereo), Key.Parse("D major"));

        Assert.Equal(Expected().Select(n => n.Pitch.Name), motif.Notes.Select(n => n.Pitch.Name));
    }

    [Fact]
    public void Notes_shorter_than_the_grid_are_dropped()
    {
        Melodies.Step[] line =
        [
            new(Pitch.Parse("C4"), Ticks.PerQuarter),
            new(Pitch.Parse("G4"), Ticks.PerSixteenth / 3),
            new(null, Ticks.PerSixteenth),
            new(Pitch.Parse("E4"), Ticks.PerQuarter),
        ];
        var audio = Melodies.Render(line, 48_000, 120);

        var motif = MotifTranscriber.Transcribe(audio, 48_000, Key.Parse("C"), new TranscriptionOptions(120, Ticks.PerEighth));

        Assert.Equal(["C4", "E4"], motif.Notes.Select(n => n.Pitch.Name));
    }

    [Fact]
    public void Audio_without_a_pitched_note_is_refused_with_a_reason()
    {
        var error = Assert.Throws<ArgumentException>(() => MotifTranscriber.Transcribe(new float[48_000], 48_000, Key.Parse("C")));

        Assert.Contains("No pitched note", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => MotifTranscriber.Transcribe([], 48_000, Key.Parse("C")));
        Assert.Throws<ArgumentException>(() => MotifTranscriber.Transcribe(new float[100], 48_000, Key.Parse("C"), new TranscriptionOptions(0)));
    }

    private static Note[] Expected()
    {
        var notes = new List<Note>();
        var tick = 0L;
        foreach (var step in Line)
        {
            if (step.Pitch is { } pitch)
            {
                notes.Add(new Note(tick, step.Ticks, pitch, 96));
            }

            tick += step.Ticks;
        }

        return [.. notes];
    }
}
