using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.VoiceLeading;

namespace Auralis.Engine.Voices;

/// <summary>The accompaniment: every chord sounded in full below the melody, as pad, arpeggio or comping as the section asks.</summary>
public sealed class AltoVoice(ulong seed) : IVoice
{
    private readonly Accompaniment _accompaniment = new(SeededRandom.ForStream(seed, "voices/alto"));

    /// <inheritdoc />
    public string Name => "alto";

    /// <inheritdoc />
    public IEnumerable<Note> Plan(StepContext context) =>
        _accompaniment.NextBeat(context.Tick, context.Signature, context.Conducted, context.Intensity, context.Swing, context.Gesture.Surprise, context.Move.Regime);

    /// <inheritdoc />
    public void Break() => _accompaniment.Break();

    /// <inheritdoc />
    public VoiceCheckpoint Capture() => new AltoCheckpoint(_accompaniment.Capture());

    /// <inheritdoc />
    public void Restore(VoiceCheckpoint checkpoint) => _accompaniment.Restore(VoiceCheckpoints.As<AltoCheckpoint>(checkpoint, Name).Accompaniment);
}
