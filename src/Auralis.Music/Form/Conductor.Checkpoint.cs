using Auralis.Music.Harmony;
using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Music.Form;

/// <summary>Everything a <see cref="Conductor"/> needs to conduct on exactly from where it was.</summary>
/// <param name="Form">The form's progress.</param>
/// <param name="Harmony">The phrase planner.</param>
/// <param name="Bass">The position of the bass's stream.</param>
/// <param name="Chords">The phrase of chords planned.</param>
/// <param name="BassNotes">The bass line laid under the current chord.</param>
/// <param name="BassChordStart">The tick of the chord that bass line belongs to (−1 before the first).</param>
/// <param name="Moment">Where the current bar lies in the form (null before the first bar).</param>
/// <param name="Regime">The regime of the last beat (null before the first).</param>
/// <param name="Signature">The metre of the planned phrase (null before the first).</param>
/// <param name="LastBass">The bass line's last pitch (null after a break or before the first).</param>
public sealed record ConductorCheckpoint(
    FormConductorCheckpoint Form,
    PhrasePlannerCheckpoint Harmony,
    GeneratorState Bass,
    IReadOnlyList<PlannedChord> Chords,
    IReadOnlyList<Note> BassNotes,
    long BassChordStart,
    FormMoment? Moment,
    Regime? Regime,
    TimeSignature? Signature,
    Pitch? LastBass);

/// <content>Capturing and restoring the conductor (the composer's checkpoint).</content>
public sealed partial class Conductor
{
    /// <summary>The state to checkpoint.</summary>
    public ConductorCheckpoint Capture() =>
        new(_form.Capture(), _planner.Capture(), _bassRandom.State, [.. _chords], [.. _bass], _bassChordStart, _moment, _regime, _signature, _lastBass);

    /// <summary>Continues from <paramref name="checkpoint"/> (taken with <see cref="Capture"/> from a conductor of the same seed).</summary>
    public void Restore(ConductorCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(checkpoint.Chords);
        ArgumentNullException.ThrowIfNull(checkpoint.BassNotes);
        _form.Restore(checkpoint.Form);
        _planner.Restore(checkpoint.Harmony);
        _bassRandom.Restore(checkpoint.Bass);
        _chords.Clear();
        _chords.AddRange(checkpoint.Chords);
        _bass = [.. checkpoint.BassNotes];
        (_bassChordStart, _moment, _regime, _signature, _lastBass) =
            (checkpoint.BassChordStart, checkpoint.Moment, checkpoint.Regime, checkpoint.Signature, checkpoint.LastBass);
    }
}
