using Auralis.Music.Theory;

namespace Auralis.Music.VoiceLeading;

/// <summary>The pitches a voice may sing, lowest to highest.</summary>
public sealed record VoiceRange
{
    /// <summary>Creates a range, refusing one whose top lies below its bottom.</summary>
    public VoiceRange(Pitch low, Pitch high)
    {
        if (high < low)
        {
            throw new ArgumentException($"A range's top {high} lies below its bottom {low}.", nameof(high));
        }

        (Low, High) = (low, high);
    }

    /// <summary>The lowest pitch.</summary>
    public Pitch Low { get; }

    /// <summary>The highest pitch.</summary>
    public Pitch High { get; }

    /// <summary>C4–A5.</summary>
    public static VoiceRange Soprano { get; } = new(Pitch.Parse("C4"), Pitch.Parse("A5"));

    /// <summary>G3–D5.</summary>
    public static VoiceRange Alto { get; } = new(Pitch.Parse("G3"), Pitch.Parse("D5"));

    /// <summary>C3–G4.</summary>
    public static VoiceRange Tenor { get; } = new(Pitch.Parse("C3"), Pitch.Parse("G4"));

    /// <summary>E2–C4.</summary>
    public static VoiceRange Bass { get; } = new(Pitch.Parse("E2"), Pitch.Parse("C4"));

    /// <summary>E4–A6: the melody, above every accompanying voice, with room above for a rising market.</summary>
    public static VoiceRange Melody { get; } = new(Pitch.Parse("E4"), Pitch.Parse("A6"));

    /// <summary>C3–D#4: the accompaniment's chords, whose top always lies below the melody.</summary>
    public static VoiceRange Accompaniment { get; } = new(Pitch.Parse("C3"), Pitch.Parse("D#4"));

    /// <summary>True when <paramref name="pitch"/> lies in the range.</summary>
    public bool Contains(Pitch pitch) => pitch >= Low && pitch <= High;

    /// <summary>The pitch <paramref name="midi"/> moved by octaves into the range (kept inside MIDI's 0..127 if the range is narrower than an octave).</summary>
    public Pitch Fold(int midi)
    {
        while (midi > High.MidiNumber)
        {
            midi -= 12;
        }

        while (midi < Low.MidiNumber)
        {
            midi += 12;
        }

        return new Pitch(Math.Clamp(midi, Pitch.MinMidi, Pitch.MaxMidi));
    }

    /// <summary>The middle of the range.</summary>
    public Pitch Centre => new((Low.MidiNumber + High.MidiNumber) / 2);

    /// <summary>Every pitch of <paramref name="chord"/> in the range, low to high; a clear error when there is none.</summary>
    public IReadOnlyList<Pitch> ChordTones(Chord chord)
    {
        var tones = new List<Pitch>();
        for (var midi = Low.MidiNumber; midi <= High.MidiNumber; midi++)
        {
            if (chord.Contains(PitchClass.FromSemitones(midi)))
            {
                tones.Add(new Pitch(midi));
            }
        }

        return tones.Count > 0
            ? tones
            : throw new ArgumentException($"The range {Low}–{High} holds no tone of {chord.Symbol}.");
    }

    /// <inheritdoc />
    public override string ToString() => $"{Low}–{High}";
}
