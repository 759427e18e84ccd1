using Auralis.Music.Theory;
using Auralis.Music.VoiceLeading;

namespace Auralis.Engine.Composition;

/// <summary>The inner voice: on each chord change, the nearest chord tone in the alto range, held for the chord.</summary>
public sealed class AltoVoice : IVoice
{
    private Pitch _previous = VoiceRange.Alto.Centre;

    /// <inheritdoc />
    public string Name => "alto";

    /// <inheritdoc />
    public IEnumerable<Note> Plan(StepContext context)
    {
        if (!context.Harmony.IsChordStart)
        {
            return [];
        }

        _previous = ChordVoicer.Voice(context.Harmony.Current, [VoiceRange.Alto], [_previous])[0];
        var velocity = (int)(58 + (context.Intensity * 24));
        return [new Note(context.Tick, context.Harmony.TicksUntilNextChord, _previous, velocity)];
    }

    /// <inheritdoc />
    public void Break()
    {
    }
}
