using Auralis.Audio.Processing;
namespace Auralis.Engine.Sessions;

/// <summary>How a session actor runs: its look-ahead, how often it checkpoints, and how its audio is paced and buffered.</summary>
/// <param name="LookAhead">How far composed material runs ahead of what is rendered; never less than 100 ms, and at least a beat is composed at a time.</param>
/// <param name="RenderAhead">How far the render thread runs ahead of the wall clock (the depth listeners find buffered).</param>
/// <param name="CheckpointEverySteps">Composed steps between checkpoints (16 steps are four bars of 4/4): how far back a crash can take the music.</param>
/// <param name="SnapshotEveryEvents">Persisted events between snapshots, so recovery reads few events.</param>
/// <param name="RingFrames">The capacity of the session's audio ring in frames; a listener further behind than this loses audio.</param>
/// <param name="ListenerQueue">How many events each listener's queue holds before the oldest are dropped.</param>
/// <param name="RealTime">True to pace rendering by the wall clock (live); false renders as fast as material arrives (tests, tools).</param>
/// <param name="Sharded">True when the session is a shard's entity: it stops by passivating, so its shard forgets it.</param>
/// <param name="SampleDirectory">Where sample uploads are stored (one folder per session); null uses a folder under the system's temporary path.</param>
public sealed record SessionSettings(
    TimeSpan LookAhead,
    TimeSpan RenderAhead,
    int CheckpointEverySteps,
    int SnapshotEveryEvents,
    int RingFrames,
    int ListenerQueue,
    bool RealTime,
    bool Sharded = false,
    string? SampleDirectory = null)
{
    /// <summary>The folder sample uploads are stored in.</summary>
    public string SampleFolder => SampleDirectory ?? Path.Combine(Path.GetTempPath(), "auralis-samples");

    /// <summary>
    /// The settings of a node: a quarter second of look-ahead, 150 ms of audio rendered ahead (a listener's buffer: a
    /// 40 ms chunk still leaves it more than 100 ms against a render thread or a send that a busy host delays), checkpoints
    /// every 16 steps.
    /// </summary>
    public static SessionSettings Default { get; } = new(TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(150), 16, 200, 1 << 17, 4096, true);

    /// <summary>
    /// The node's SoundFonts (<c>--soundfont</c>), by name, each already in the sample store under its hash: a voice's
    /// <c>{voice}.soundfont</c> may name one, and it joins the session's library (a <c>sample-added</c> event) before
    /// the change, so replay reads the same bytes.
    /// </summary>
    public IReadOnlyDictionary<string, LibrarySample> SoundFonts { get; init; } = new Dictionary<string, LibrarySample>();

    /// <summary>
    /// How much audio the render thread renders in one go before it sleeps: 40 ms, a listener's chunk, so a session wakes
    /// 25 times a second (not per block) and each wake-up fills one message for each listener.
    /// </summary>
    public TimeSpan RenderQuantum { get; init; } = TimeSpan.FromMilliseconds(40);

    /// <summary>How long a playing session nobody listens to goes on rendering before it sleeps: a minute, so a reconnecting client finds it where it left it.</summary>
    public TimeSpan ListenerGrace { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How much audio a session renders past the last step that played, or past an input, before it sleeps: long enough
    /// for released notes, echoes and reverb to die away, so a stopped session falls silent before it stops rendering.
    /// </summary>
    public TimeSpan Tail { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// True when the session takes its lease (<c>auralis.session-lease</c>) before it writes and stops when it loses it, so
    /// two incarnations never write one session: a node's sessions do; sessions without a node (tests, tools) need not.
    /// </summary>
    public bool Leased { get; init; }

    /// <summary>How many faults of its actor tree within <see cref="FaultWindow"/> a session survives (restarting from its checkpoint each time) before it stops as failed.</summary>
    public int FaultLimit { get; init; } = 3;

    /// <summary>How far back faults are counted towards <see cref="FaultLimit"/>: a minute, so a rare fault never adds up to a stop.</summary>
    public TimeSpan FaultWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The render-ahead depth in frames at 48 kHz, rounded up to whole blocks: audio rendered and not yet due, which a new
    /// listener is given at once as its buffer. Whole blocks, because the ring's newest frame ends a block: a listener then
    /// starts where a block starts, and a replay from its first frame renders the blocks it heard.
    /// </summary>
    public long RenderAheadFrames
    {
        get
        {
            var block = AudioSpec.Session.MaxBlockFrames;
            var frames = (long)(RenderAhead.TotalSeconds * AudioSpec.Session.SampleRate);
            return (frames + block - 1) / block * block;
        }
    }

    /// <summary>The look-ahead in frames at 48 kHz, never under 100 ms.</summary>
    public long LookAheadFrames => (long)(Math.Max(0.1, LookAhead.TotalSeconds) * AudioSpec.Session.SampleRate);
}
