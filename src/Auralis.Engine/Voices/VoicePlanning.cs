using Auralis.Engine.Sessions;
using Auralis.Music.Motifs;
using Auralis.Music.Theory;
using static Auralis.Engine.Sessions.SessionEvents;
using static Auralis.Engine.Steps.StepMessages;

namespace Auralis.Engine.Voices;

/// <summary>A voice's part of a step: given the priced step, the notes the voice starts.</summary>
public static class VoicePlanning
{
    /// <summary>
    /// Plans <paramref name="voice"/>'s notes for a step from what the session (<paramref name="step"/>), the clock
    /// (<paramref name="announced"/>) and the ticker (<paramref name="priced"/>) hand it: none while the transport is
    /// stopped; after a seek or a loop's wrap the line forgets its last note first.
    /// </summary>
    public static NotesPlanned Plan(IVoice voice, int channel, VoiceStep step, StepAnnounced announced, StepPriced priced)
    {
        ArgumentNullException.ThrowIfNull(voice);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(announced);
        ArgumentNullException.ThrowIfNull(priced);
        if (step.Step != announced.Span.Step || priced.Step != announced.Span.Step)
        {
            throw new ArgumentException(
                $"A voice cannot plan step {announced.Span.Step} from the session's step {step.Step} and the ticker's step {priced.Step}.", nameof(step));
        }

        if (voice is IDevelopsMotif developer)
        {
            foreach (var imported in step.Motifs)
            {
                developer.Learn(MotifOf(imported, announced.Key));
            }
        }

        if (priced.Move is not { } move || announced.Harmony is null)
        {
            return new NotesPlanned(announced.Span.Step, channel, []);
        }

        if (announced.ContinuityBroken)
        {
            voice.Break();
        }

        var context = new StepContext(announced.Span.Tick, announced.Span.TickCount, announced.Position, announced.Signature, announced.Key,
            announced.Harmony, step.Intensity, step.Sensitivity, move, priced.Trades, priced.Gesture);
        return new NotesPlanned(announced.Span.Step, channel, voice.Plan(context).ToArray());
    }

    /// <summary>The motif an import carries, heard in <paramref name="key"/>.</summary>
    public static Motif MotifOf(MotifImported imported, Key key)
    {
        ArgumentNullException.ThrowIfNull(imported);
        return new Motif(key, imported.Notes.Select(n => new Note(n.Tick, n.DurationTicks, new Pitch(n.Pitch), n.Velocity)).ToArray(),
            Math.Max(imported.LengthTicks, (int)imported.Notes.Max(n => n.Tick) + 1));
    }

    /// <summary>The four voices of a session seeded with <paramref name="seed"/>, in session order (soprano, alto, bass, perc).</summary>
    public static IVoice[] VoicesFor(ulong seed) =>
        [new SopranoVoice(seed), new AltoVoice(seed), new BassVoice(), new PercussionVoice(seed)];
}
