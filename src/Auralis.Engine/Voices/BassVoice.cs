using Auralis.Music.Theory;

namespace Auralis.Engine.Voices;

/// <summary>The bass: the line the conductor lays under each chord (pedal, root and fifth, walking, driving or syncopated), played beat by beat and struck harder when the market surprises.</summary>
/// <remarks>The conductor plans the bass with the harmony so that the melody can hear it and keep clear of parallel fifths and octaves.</remarks>
public sealed class BassVoice : IVoice
{
    /// <inheritdoc />
    public string Name => "bass";

    /// <inheritdoc />
    public IEnumerable<Note> Plan(StepContext context)
    {
        var end = context.Tick + context.TickCount;
        var shock = (int)Math.Round(Math.Min(16, 6 * context.Gesture.Surprise) - 4);
        return context.Conducted.Bass
            .Where(note => note.Tick >= context.Tick && note.Tick < end)
            .Select(note => note with { Velocity = Math.Clamp(note.Velocity + shock, 1, 127) })
            .ToArray();
    }

    /// <inheritdoc />
    public void Break()
    {
    }

    /// <inheritdoc />
    public VoiceCheckpoint Capture() => new BassCheckpoint();

    /// <inheritdoc />
    public void Restore(VoiceCheckpoint checkpoint) => VoiceCheckpoints.As<BassCheckpoint>(checkpoint, Name);
}
