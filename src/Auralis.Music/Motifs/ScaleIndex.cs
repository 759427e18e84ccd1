using Auralis.Music.Theory;

namespace Auralis.Music.Motifs;

/// <summary>Counts pitches in scale steps: an in-key pitch's absolute degree number, and back.</summary>
/// <remarks>Index 0 is the key's tonic in MIDI octave -1; each octave adds the scale's length.</remarks>
public static class ScaleIndex
{
    /// <summary>The absolute degree number of <paramref name="pitch"/> (quantized to the key first).</summary>
    public static int Of(Key key, Pitch pitch)
    {
        var inKey = key.Quantize(pitch);
        var octave = (int)Math.Floor((inKey.MidiNumber - key.Tonic.Value) / 12.0);
        return (octave * key.Scale.Length) + key.DegreeOf(inKey.PitchClass)!.Value;
    }

    /// <summary>The pitch of absolute degree number <paramref name="index"/>.</summary>
    public static Pitch PitchOf(Key key, int index) => key.PitchAt(index, -1);
}
