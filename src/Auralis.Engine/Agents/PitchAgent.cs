using Akka.Actor;
using Auralis.Audio.Analysis;
using Auralis.Audio.Processing;
using Auralis.Audio.Streaming;
using Auralis.Engine.Agents.Pitch;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Agents.PitchRequests;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Engine.Agents;

/// <summary>The pitch agent (<c>agents/pitch</c>): analyzes uploaded audio, hears motifs in audio or MIDI, and checks the session's own intonation.</summary>
/// <remarks>A motif it hears is sent to the session as <see cref="SessionCommands.ImportMotif"/>, so the session persists it and answers the caller.</remarks>
public sealed class PitchAgent : ReceiveActor
{
    /// <summary>The actor's name in the session's tree.</summary>
    public const string Name = "pitch";

    /// <summary>The longest stretch of the session's output a self-check listens to.</summary>
    public const double MaxCheckSeconds = 60;

    /// <summary>Starts the agent; <paramref name="ring"/> is the session's output, read without disturbing its listeners.</summary>
    public PitchAgent(IActorRef session, AudioRingBuffer ring)
    {
        Receive<AgentWork>(work =>
        {
            var key = work.State.Key;
            try
            {
                switch (work.Request)
                {
                    case AnalyzePitch analyze:
                        var audio = PitchAnalysis.ReadWav(analyze.Wav);
                        Sender.Tell(new PitchAnalyzed(analyze.SessionId, PitchAnalysis.Analyze(audio, key), audio.Seconds));
                        break;
                    case ImportMotifFile import:
                        var notes = MotifFiles.Read(import.File, key, work.State.Bpm);
                        session.Tell(new SessionCommands.ImportMotif(import.SessionId, MotifFiles.IsMidi(import.File) ? "midi" : "audio", notes), Sender);
                        break;
                    case CheckIntonation check:
                        Sender.Tell(Listen(check, ring, key));
                        break;
                }
            }
            catch (FormatException e)
            {
                Sender.Tell(new CommandRejected(work.Request.SessionId, new Rejection(Rejection.BadValue, e.Message)));
            }
        });
    }

    /// <summary>The props of the agent.</summary>
    public static Props Props(IActorRef session, AudioRingBuffer ring) => Akka.Actor.Props.Create(() => new PitchAgent(session, ring));

    // The latest frames the ring still holds, folded to mono: what a listener heard last.
    private static object Listen(CheckIntonation check, AudioRingBuffer ring, Music.Theory.Key key)
    {
        if (!(check.Seconds is > 0 and <= MaxCheckSeconds))
        {
            return new CommandRejected(check.SessionId, new Rejection(Rejection.BadValue, $"seconds must lie in (0, {MaxCheckSeconds}], not {check.Seconds}."));
        }

        var rate = AudioSpec.Session.SampleRate;
        var wanted = (long)Math.Min(check.Seconds * rate, ring.CapacityFrames - AudioSpec.Session.MaxBlockFrames);
        var reader = ring.OpenReader(Math.Max(0, ring.WrittenFrames - wanted));
        var stereo = new float[reader.Available * 2];
        var read = 0;
        while (read < stereo.Length)
        {
            var got = reader.Read(stereo.AsSpan(read), out _);
            if (got == 0)
            {
                break;
            }

            read += got * 2;
        }

        var mono = new float[read / 2];
        for (var i = 0; i < mono.Length; i++)
        {
            mono[i] = 0.5f * (stereo[2 * i] + stereo[(2 * i) + 1]);
        }

        return new PitchAnalyzed(check.SessionId, mono.Length == 0 ? [] : PitchAnalysis.Analyze(mono, rate, key), mono.Length / (double)rate);
    }
}
