using Akka.Actor;
using Auralis.Engine.Composition;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Synthesis;

/// <summary>What the session and its synthesis actor tell each other.</summary>
public static class SynthesisMessages
{
    /// <summary>
    /// A step was opened: what its inputs change in the mix, scheduled at its first frame ahead of its notes.
    /// <paramref name="Library"/> is the session's sample library as it stands, so the samples a swap names are always
    /// known when it is built.
    /// </summary>
    public sealed record MixChanged(StepMix Mix, IReadOnlyDictionary<string, LibrarySample> Library) : INoSerializationVerificationNeeded;

    /// <summary>A step was composed: the synthesis actor schedules its notes on the render thread.</summary>
    public sealed record StepComposed(ComposedStep Step) : INoSerializationVerificationNeeded;

    /// <summary>The render thread needs material up to <paramref name="UntilFrame"/>: the session composes steps until it is covered.</summary>
    public sealed record MaterialWanted(long UntilFrame) : INoSerializationVerificationNeeded;

    /// <summary>A listener subscribed: a session asleep because nobody listened wakes and plays on from where it slept.</summary>
    public sealed class ListenerJoined : INoSerializationVerificationNeeded
    {
        /// <summary>The one instance.</summary>
        public static readonly ListenerJoined Instance = new();

        private ListenerJoined()
        {
        }
    }

    /// <summary>An input was persisted: the session renders the step it applies at and a tail past it, even if nobody listens.</summary>
    public sealed class InputAccepted : INoSerializationVerificationNeeded
    {
        /// <summary>The one instance.</summary>
        public static readonly InputAccepted Instance = new();

        private InputAccepted()
        {
        }
    }

    /// <summary>Asks for the render thread's figures; the answer is <see cref="SynthesisStats"/>.</summary>
    public sealed class GetStats : INoSerializationVerificationNeeded
    {
        /// <summary>The one instance.</summary>
        public static readonly GetStats Instance = new();

        private GetStats()
        {
        }
    }

    /// <summary>The render thread's figures.</summary>
    /// <param name="RenderedFrame">The next frame to be rendered, on the session's timeline (the master clock).</param>
    /// <param name="ComposedUntilFrame">The frame composed material reaches.</param>
    /// <param name="Starvations">How often the thread waited because material was late (underruns as a listener hears them).</param>
    /// <param name="Faults">Instrument faults reported so far.</param>
    /// <param name="LastFault">The last fault's description, if any.</param>
    /// <param name="Sleeping">True while the render thread sleeps (the music stopped, or nobody listens).</param>
    public sealed record SynthesisStats(long RenderedFrame, long ComposedUntilFrame, long Starvations, long Faults, string? LastFault, bool Sleeping)
        : INoSerializationVerificationNeeded;
}
