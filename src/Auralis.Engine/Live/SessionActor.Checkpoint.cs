using System.Text.Json;
using Akka.Event;
using Auralis.Engine.Composition;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Live;

/// <content>
/// The composer's checkpoint: the music starts from the last one (restored, then composed on to the step asked for) and
/// from step 0 only when there is none it can use; a checkpoint is captured between steps, when no stage is moving.
/// </content>
public sealed partial class SessionActor
{
    private ComposerCheckpoint? _composerCheckpoint;
    private Observability.MusicStart _musicStart;

    // The composer of the music at resumeStep: restored from the checkpoint when there is a usable one, else composed from step 0.
    private SessionComposer ComposerAt(long resumeStep)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var created = SessionState.Empty(_id).Apply(_inputs.First(e => e is SessionCreated));
        var inputs = _inputs.OfType<ITimedInput>().ToArray();
        var composer = Restored(created, inputs, resumeStep);
        if (composer is null)
        {
            composer = new SessionComposer(created);
            foreach (var input in inputs)
            {
                composer.Schedule(input);
            }
        }

        var from = composer.Next.Step;
        composer.FastForwardTo(resumeStep);
        _musicStart = new Observability.MusicStart(composer.Next.Step, from, watch.Elapsed.TotalSeconds);
        _metrics.Started(_id.Value, _musicStart);
        return composer;
    }

    private SessionComposer? Restored(SessionState created, IReadOnlyList<ITimedInput> inputs, long resumeStep)
    {
        if (_composerCheckpoint is not { } checkpoint)
        {
            return null;
        }

        if (checkpoint.Step > resumeStep)
        {
            _log.Warning("Session {0}: its composer checkpoint is of step {1}, past the step {2} it resumes at; composing from step 0", _id, checkpoint.Step,
                resumeStep);
            return null;
        }

        try
        {
            return SessionComposer.Restore(created, checkpoint, inputs);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or KeyNotFoundException or JsonException)
        {
            _log.Warning("Session {0}: its composer checkpoint of step {1} cannot be used ({2}); composing from step 0 to step {3} instead", _id,
                checkpoint.Step, e.Message, resumeStep);
            return null;
        }
    }

    // Between steps only: every stage has answered for the step just merged (each told the session after it moved), and
    // none moves again until the session opens the next.
    private void CaptureComposer(Performance music)
    {
        if (music.Composing)
        {
            return;
        }

        var checkpoint = music.Pipeline.Capture();
        _composerCheckpoint = checkpoint;
        _checkpointStep = checkpoint.Step;
    }
}
