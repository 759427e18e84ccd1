using Auralis.Music.Randomness;
using Auralis.Music.Theory;

namespace Auralis.Music.VoiceLeading;

/// <summary>Everything an <see cref="Accompaniment"/> needs to play on exactly from where it was.</summary>
/// <param name="Random">The position of its stream.</param>
/// <param name="Voicing">The chord's voicing, lowest first (empty after a break).</param>
/// <param name="VoicedChord">The tick of the chord voiced (−1 after a break).</param>
/// <param name="ArpeggioStep">Where the arpeggio stands.</param>
public sealed record AccompanimentCheckpoint(GeneratorState Random, IReadOnlyList<Pitch> Voicing, long VoicedChord, int ArpeggioStep);

/// <content>Capturing and restoring the accompaniment (the composer's checkpoint).</content>
public sealed partial class Accompaniment
{
    /// <summary>The state to checkpoint.</summary>
    public AccompanimentCheckpoint Capture() => new(_random.State, [.. _voicing], _voicedChord, _arpeggioStep);

    /// <summary>Continues from <paramref name="checkpoint"/> (taken with <see cref="Capture"/>).</summary>
    public void Restore(AccompanimentCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(checkpoint.Voicing);
        _random.Restore(checkpoint.Random);
        (_voicing, _voicedChord, _arpeggioStep) = ([.. checkpoint.Voicing], checkpoint.VoicedChord, checkpoint.ArpeggioStep);
    }
}
