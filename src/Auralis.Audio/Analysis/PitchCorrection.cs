using Auralis.Music.Theory;

namespace Auralis.Audio.Analysis;

/// <summary>Where a sung or played note should go: the nearest tone of the key and the cents to move (positive is up).</summary>
public readonly record struct PitchCorrection(Pitch Target, double Cents)
{
    /// <summary>The correction for a note heard at fractional MIDI number <paramref name="midi"/> in <paramref name="key"/>.</summary>
    /// <remarks>The nearest key tone by distance in cents; a tie between two neighbours goes down, as <see cref="Key.Quantize"/> does.</remarks>
    public static PitchCorrection Towards(Key key, double midi)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!double.IsFinite(midi))
        {
            throw new ArgumentOutOfRangeException(nameof(midi), midi, "A MIDI number must be finite.");
        }

        var best = -1;
        var bestDistance = double.MaxValue;
        var low = Math.Clamp((int)Math.Floor(midi) - 12, Pitch.MinMidi, Pitch.MaxMidi);
        var high = Math.Clamp((int)Math.Ceiling(midi) + 12, Pitch.MinMidi, Pitch.MaxMidi);
        for (var candidate = low; candidate <= high; candidate++)
        {
            var distance = Math.Abs(candidate - midi);
            if (distance < bestDistance - 1e-9 && key.Contains(PitchClass.FromSemitones(candidate)))
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        if (best < 0)
        {
            throw new InvalidOperationException($"The key {key.Name} has no tone near MIDI {midi:0.##}.");
        }

        return new PitchCorrection(new Pitch(best), (best - midi) * 100);
    }
}
