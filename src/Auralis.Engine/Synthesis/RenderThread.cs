using Auralis.Audio.Rendering;
using Auralis.Audio.Streaming;

namespace Auralis.Engine.Synthesis;

/// <summary>
/// The dedicated thread that renders a session: it drains its command queue at the top of each block, renders the block
/// once material reaches past it, and writes it into the lock-free ring the listeners read.
/// </summary>
/// <remarks>
/// <para>Threading contract: exactly one thread (the synthesis actor's) calls <see cref="TryPost"/> and <see cref="Wake"/>;
/// the render thread alone touches the renderer. Commands cross through a wait-free SPSC queue, so the render loop takes
/// no lock and allocates nothing.</para>
/// <para>The thread never renders a block that composed material does not cover: it would have to invent silence where
/// notes may still arrive, and replay would no longer match. When material is late it waits (and counts a
/// starvation), so a late composer shows up as an underrun for listeners, never as different music. Its frame
/// counter is the session's master clock; the pacer decides only when a block may be rendered.</para>
/// <para>The control plane also says how far the thread may render (<see cref="RenderUntil"/>): at that frame the thread
/// sleeps until it is allowed further. A sleeping session's timeline stands still — no frame is skipped, so what it
/// renders on waking is exactly what it would have rendered without the pause, and replay is unchanged — and on waking
/// the pacer takes the wall clock's now as the frame it resumes at.</para>
/// </remarks>
public sealed class RenderThread : IDisposable
{
    private readonly SessionRenderer _renderer;
    private readonly AudioRingBuffer _ring;
    private readonly IPacer _pacer;
    private readonly SpscQueue<RenderCommand> _commands;
    private readonly AutoResetEvent _wake = new(false);
    private readonly CancellationTokenSource _stop = new();
    private readonly float[] _block;
    private readonly Thread _thread;
    private long _horizon;
    private long _limit = long.MaxValue;
    private bool _sleeping;
    private long _rendered;
    private long _starvations;
    private long _blocks;
    private long _renderTicks;
    private long _maxBlockTicks;
    private InstrumentFault? _fault;

    /// <summary>Creates (but does not start) the thread for <paramref name="renderer"/>.</summary>
    public RenderThread(SessionRenderer renderer, AudioRingBuffer ring, IPacer pacer, string name, int queueCapacity = 1 << 16)
    {
        _renderer = renderer;
        _ring = ring;
        _pacer = pacer;
        _commands = new SpscQueue<RenderCommand>(queueCapacity);
        _block = new float[renderer.Spec.MaxBlockFrames * 2];
        _rendered = renderer.Frame;
        _thread = new Thread(Run) { IsBackground = true, Name = $"render {name}", Priority = ThreadPriority.AboveNormal };
    }

    /// <summary>Frames rendered so far (the session's master clock).</summary>
    public long RenderedFrames => Volatile.Read(ref _rendered);

    /// <summary>How many times the thread had to wait because composed material did not reach the next block.</summary>
    public long Starvations => Interlocked.Read(ref _starvations);

    /// <summary>Blocks rendered after the wall clock had passed them: the thread fell behind real time.</summary>
    public long LateBlocks => _pacer.LateBlocks;

    /// <summary>Blocks rendered so far.</summary>
    public long Blocks => Interlocked.Read(ref _blocks);

    /// <summary>Time spent rendering blocks, in <see cref="System.Diagnostics.Stopwatch"/> ticks.</summary>
    public long RenderTicks => Interlocked.Read(ref _renderTicks);

    /// <summary>The longest block, in <see cref="System.Diagnostics.Stopwatch"/> ticks.</summary>
    public long MaxBlockTicks => Interlocked.Read(ref _maxBlockTicks);

    /// <summary>True while the thread sleeps at the frame it was allowed to render up to.</summary>
    public bool Sleeping => Volatile.Read(ref _sleeping);

    /// <summary>The frame the thread may render up to (it sleeps there).</summary>
    public long Limit => Volatile.Read(ref _limit);

    /// <summary>Commands waiting to cross to the render thread.</summary>
    public int Pending => _commands.Count;

    /// <summary>Starts rendering.</summary>
    public void Start() => _thread.Start();

    /// <summary>Queues a command; false when the queue is full (the caller retries after the thread drains it).</summary>
    public bool TryPost(in RenderCommand command) => _commands.TryEnqueue(command);

    /// <summary>Wakes a render thread that waits for material.</summary>
    public void Wake() => _wake.Set();

    /// <summary>
    /// Lets the thread render blocks that start before <paramref name="frame"/>, and no further; a thread asleep at its
    /// old limit wakes when the new one lies past it.
    /// </summary>
    public void RenderUntil(long frame)
    {
        var before = Interlocked.Exchange(ref _limit, frame);
        if (frame > before)
        {
            _wake.Set();
        }
    }

    /// <summary>The last instrument fault the renderer reported, or null.</summary>
    public InstrumentFault? TakeFault() => Interlocked.Exchange(ref _fault, null);

    /// <summary>Stops the thread and waits for it.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _wake.Set();
        if (_thread.IsAlive)
        {
            _thread.Join();
        }

        _wake.Dispose();
        _stop.Dispose();
    }

    private void Run()
    {
        var token = _stop.Token;
        var blockFrames = _block.Length / 2;
        var starving = false;
        try
        {
            while (!token.IsCancellationRequested)
            {
                while (_commands.TryDequeue(out var command))
                {
                    if (command.IsHorizon)
                    {
                        _horizon = Math.Max(_horizon, command.Horizon);
                    }
                    else
                    {
                        _renderer.Schedule(command.Event);
                    }
                }

                if (_renderer.Frame >= Volatile.Read(ref _limit))
                {
                    // Nothing to be heard past here: the timeline stands still until the control plane allows more.
                    Volatile.Write(ref _sleeping, true);
                    _wake.WaitOne();
                    continue;
                }

                if (_sleeping)
                {
                    Volatile.Write(ref _sleeping, false);
                    _pacer.Rebase(_renderer.Frame);
                }

                if (_horizon < _renderer.Frame + blockFrames)
                {
                    if (!starving)
                    {
                        Interlocked.Increment(ref _starvations);
                        starving = true;
                    }

                    // The control plane wakes the thread whenever it posts material; stopping sets the event too.
                    _wake.WaitOne();
                    continue;
                }

                starving = false;
                _pacer.AwaitBlock(_renderer.Frame, token);
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                _renderer.Render(_block);
                var took = System.Diagnostics.Stopwatch.GetTimestamp() - started;
                Volatile.Write(ref _renderTicks, _renderTicks + took);
                Volatile.Write(ref _blocks, _blocks + 1);
                if (took > _maxBlockTicks)
                {
                    Volatile.Write(ref _maxBlockTicks, took);
                }

                _ring.Write(_block);
                Volatile.Write(ref _rendered, _renderer.Frame);
                if (_renderer.TakeFault() is { } fault)
                {
                    Volatile.Write(ref _fault, fault);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping while the pacer waited: nothing left to do.
        }
    }
}
