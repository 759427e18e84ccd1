using Auralis.Music.Theory;

namespace Auralis.Engine.Voices;

/// <summary>One line of the session's music: given a step, the notes it starts (at the step's ticks or, for a whole chord, later ones).</summary>
/// <remarks>Each voice draws from its own seeded stream, named after it, so voices never disturb each other's choices.</remarks>
public interface IVoice
{
    /// <summary>The voice's name ("soprano", "alto", "bass", "perc").</summary>
    string Name { get; }

    /// <summary>The notes this voice decides in the step described by <paramref name="context"/>.</summary>
    IEnumerable<Note> Plan(StepContext context);

    /// <summary>Forgets the line's last note (after a seek or a loop, where continuity would be false).</summary>
    void Break();

    /// <summary>What the voice remembers now, for the composer's checkpoint.</summary>
    VoiceCheckpoint Capture();

    /// <summary>Continues from <paramref name="checkpoint"/> (taken with <see cref="Capture"/> from the same voice of the same session).</summary>
    void Restore(VoiceCheckpoint checkpoint);
}
