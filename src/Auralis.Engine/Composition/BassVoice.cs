using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.VoiceLeading;

namespace Auralis.Engine.Composition;

/// <summary>The bass: a walking line across each chord, moving faster as the intensity rises (the seed's bass independence).</summary>
public sealed class BassVoice(ulong seed) : IVoice
{
    private readonly SeededRandom _random = SeededRandom.ForStream(seed, "voices/bass");
    private Pitch? _previous;

    /// <inheritdoc />
    public string Name => "bass";

    /// <summary>The walking subdivision for an intensity: quarters when calm, eighths in the middle, sixteenths at full tilt.</summary>
    public static Subdivision SubdivisionFor(double intensity) =>
        intensity < 0.4 ? Subdivision.Quarter : intensity < 0.9 ? Subdivision.Eighth : Subdivision.Sixteenth;

    /// <inheritdoc />
    public IEnumerable<Note> Plan(StepContext context)
    {
        var harmony = context.Harmony;
        if (!harmony.IsChordStart)
        {
            return [];
        }

        var length = harmony.TicksUntilNextChord;
        var subdivision = SubdivisionFor(context.Intensity);
        if (length < (int)subdivision)
        {
            subdivision = Subdivision.Sixteenth;
        }

        var notes = WalkingBass.Walk(context.Tick, length, subdivision, harmony.Current, harmony.Next, context.Key, VoiceRange.Bass, _previous, _random);
        _previous = notes[^1].Pitch;
        return notes;
    }

    /// <inheritdoc />
    public void Break() => _previous = null;
}
