using Auralis.Music.Theory;

namespace Auralis.Engine.Composition;

/// <summary>The bass: the line the conductor lays under each chord (pedal, root and fifth, walking, driving or syncopated), played as the chord starts.</summary>
/// <remarks>The conductor plans the bass with the harmony so that the melody can hear it and keep clear of parallel fifths and octaves.</remarks>
public sealed class BassVoice : IVoice
{
    /// <inheritdoc />
    public string Name => "bass";

    /// <inheritdoc />
    public IEnumerable<Note> Plan(StepContext context)
    {
        var conducted = context.Conducted;
        return conducted.IsChordStart || conducted.Chord.StartTick < context.Tick && conducted.Bass.Count > 0 && conducted.Bass[0].Tick == context.Tick
            ? conducted.Bass
            : [];
    }

    /// <inheritdoc />
    public void Break()
    {
    }
}
