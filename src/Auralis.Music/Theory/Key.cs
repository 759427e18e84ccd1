namespace Auralis.Music.Theory;

/// <summary>A key: a tonic pitch class and a scale on it ("D dorian").</summary>
public sealed record Key(PitchClass Tonic, Scale Scale)
{
    /// <summary>The key's name, e.g. "D dorian".</summary>
    public string Name => $"{Tonic.Name} {Scale.Name}";

    /// <summary>Parses "C", "Eb minor", "F# harmonic minor"; a bare tonic means major.</summary>
    public static Key Parse(string text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        var space = trimmed.IndexOf(' ');
        var tonicText = space < 0 ? trimmed : trimmed[..space];
        if (!PitchClass.TryParsePrefix(tonicText, out var tonic, out var length) || length != tonicText.Length)
        {
            throw new ArgumentException($"Unknown key '{text}': it must start with a tonic such as C, F# or Bb.", nameof(text));
        }

        var scale = space < 0 ? Scale.Major : Scale.Parse(trimmed[(space + 1)..]);
        return new Key(tonic, scale);
    }

    /// <summary>True when the pitch class is one of the key's degrees.</summary>
    public bool Contains(PitchClass pitchClass) => DegreeOf(pitchClass) is not null;

    /// <summary>True when the pitch's class is one of the key's degrees.</summary>
    public bool Contains(Pitch pitch) => Contains(pitch.PitchClass);

    /// <summary>The 0-based index into <see cref="Scale.Steps"/> of the pitch class, or null when it is outside the key.</summary>
    public int? DegreeOf(PitchClass pitchClass)
    {
        var offset = Tonic.SemitonesUpTo(pitchClass);
        for (var i = 0; i < Scale.Steps.Count; i++)
        {
            if (Scale.Steps[i] == offset)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// The pitch of scale degree <paramref name="degreeIndex"/> (0-based) in the octave that starts on the tonic of
    /// <paramref name="octave"/>; indexes below 0 or past the scale's length continue into the neighbouring octaves.
    /// </summary>
    public Pitch PitchAt(int degreeIndex, int octave)
    {
        var length = Scale.Steps.Count;
        var octaveShift = (int)Math.Floor(degreeIndex / (double)length);
        var index = degreeIndex - (octaveShift * length);
        return new Pitch(((octave + 1 + octaveShift) * 12) + Tonic.Value + Scale.Steps[index]);
    }

    /// <summary>The nearest pitch in the key (a tie between two neighbours goes down).</summary>
    public Pitch Quantize(Pitch pitch)
    {
        for (var distance = 0; distance < 12; distance++)
        {
            var below = pitch.MidiNumber - distance;
            if (below >= Pitch.MinMidi && Contains(PitchClass.FromSemitones(below)))
            {
                return new Pitch(below);
            }

            var above = pitch.MidiNumber + distance;
            if (above <= Pitch.MaxMidi && Contains(PitchClass.FromSemitones(above)))
            {
                return new Pitch(above);
            }
        }

        throw new InvalidOperationException($"The key {Name} has no degrees.");
    }

    /// <summary>
    /// Moves a pitch by <paramref name="scaleSteps"/> degrees of the key (diatonic transposition);
    /// a pitch outside the key is quantized first.
    /// </summary>
    public Pitch StepBy(Pitch pitch, int scaleSteps)
    {
        var inKey = Quantize(pitch);
        var degree = DegreeOf(inKey.PitchClass)!.Value;
        var octave = (int)Math.Floor((inKey.MidiNumber - Tonic.Value) / 12.0) - 1;
        return PitchAt(degree + scaleSteps, octave);
    }

    /// <summary>The diatonic chord on <paramref name="degree"/> (1-based), stacked in thirds within a seven-note scale.</summary>
    public Chord ChordOn(int degree, ChordSize size = ChordSize.Triad)
    {
        if (!Scale.IsHeptatonic)
        {
            throw new InvalidOperationException($"Chords are stacked in thirds only on seven-note scales; {Scale.Name} has {Scale.Length} notes.");
        }

        if (degree is < 1 or > 7)
        {
            throw new ArgumentOutOfRangeException(nameof(degree), degree, "A scale degree lies in 1..7.");
        }

        var root = degree - 1;
        int Above(int thirds) => (Scale.Steps[(root + (2 * thirds)) % 7] - Scale.Steps[root] + 12) % 12;
        var third = Above(1);
        var fifth = Above(2);
        var quality = size == ChordSize.Triad
            ? ChordQualities.FromTriad(third, fifth)
            : ChordQualities.FromSeventh(third, fifth, Above(3));
        return new Chord(Tonic + Scale.Steps[root], quality);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
