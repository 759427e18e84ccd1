using System.Runtime.CompilerServices;
using Auralis.Audio.Effects;
using Auralis.Audio.Instruments;
using Auralis.Audio.Mixing;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Rendering;

/// <summary>
/// A session's mix, rendered block by block: frame-stamped events in, interleaved stereo out. Each channel's instrument
/// feeds a channel strip; the strips sum into the master bus and into delay and reverb sends; the master stage
/// (<see cref="MasterBus"/>) equalizes, widens, levels the mix to the session's target loudness and limits it.
/// </summary>
/// <remarks>
/// <para>Render-thread only: <see cref="Schedule"/> and <see cref="Render"/> take no lock and allocate nothing. Events
/// are applied at exactly their frame by splitting the block there, so the same events give the same samples however
/// the blocks fall and however fast they are rendered.</para>
/// <para>An instrument that throws is replaced, for the rest of the session, by a sine instrument and, should that fail
/// too, by silence; the fault is kept for the owner to collect with <see cref="TakeFault"/>, and the block is rendered
/// anyway, so the stream never stalls.</para>
/// <para>The DSP inner loops of the render path are marked <c>AggressiveOptimization</c>: under tiered compilation a
/// long loop first runs unoptimized and is replaced on the fly, and on the 2-core machines Auralis targets such loops
/// were measured 5× slower than optimized code for thousands of blocks. Full optimization from the first call makes a
/// block cost the same from a session's first second to its last.</para>
/// </remarks>
public sealed class SessionRenderer
{
    private readonly AudioSpec _spec;
    private readonly IInstrument[] _instruments;
    private readonly IInstrument[] _sineFallbacks;
    private readonly ChannelStrip[] _strips;
    private readonly RenderEventHeap _events;
    private readonly float[] _voiceLeft;
    private readonly float[] _voiceRight;
    private readonly float[] _masterLeft;
    private readonly float[] _masterRight;
    private readonly float[] _reverbLeft;
    private readonly float[] _reverbRight;
    private readonly float[] _delayLeft;
    private readonly float[] _delayRight;
    private readonly StereoDelay _delay = new() { Mix = 1 };
    private readonly Freeverb _reverb = new() { Wet = 1, Dry = 0 };
    private readonly MasterBus _master = new();
    private readonly IInstrument _silence = new SilentInstrument();
    private InstrumentFault? _fault;
    private float _reverbLevel = 0.25f;
    private float _delayLevel = 0.15f;

    /// <summary>Creates and prepares a renderer with one channel per instrument.</summary>
    public SessionRenderer(AudioSpec spec, IReadOnlyList<IInstrument> instruments, int eventCapacity = 16_384)
    {
        spec.Validate();
        if (instruments is null || instruments.Count == 0)
        {
            throw new ArgumentException("A renderer needs at least one instrument.", nameof(instruments));
        }

        _spec = spec;
        _instruments = [.. instruments];
        _sineFallbacks = new IInstrument[_instruments.Length];
        _strips = new ChannelStrip[_instruments.Length];
        for (var channel = 0; channel < _instruments.Length; channel++)
        {
            _instruments[channel].Prepare(spec);
            _sineFallbacks[channel] = new SineInstrument();
            _sineFallbacks[channel].Prepare(spec);
            _strips[channel] = new ChannelStrip();
        }

        _silence.Prepare(spec);
        _events = new RenderEventHeap(eventCapacity);
        var block = spec.MaxBlockFrames;
        (_voiceLeft, _voiceRight) = (new float[block], new float[block]);
        (_masterLeft, _masterRight) = (new float[block], new float[block]);
        (_reverbLeft, _reverbRight) = (new float[block], new float[block]);
        (_delayLeft, _delayRight) = (new float[block], new float[block]);
        _delay.Prepare(spec);
        _reverb.Prepare(spec);
        _master.Prepare(spec);
    }

    /// <summary>The quietest loudness target the master accepts, in LUFS.</summary>
    public const float MinLoudnessLufs = -36;

    /// <summary>The loudest loudness target the master accepts, in LUFS.</summary>
    public const float MaxLoudnessLufs = -8;

    /// <summary>The master stage: equalizer, widener, loudness leveler, volume and limiter.</summary>
    public MasterBus Master => _master;

    /// <summary>The format the renderer was prepared for.</summary>
    public AudioSpec Spec => _spec;

    /// <summary>The next frame to be rendered (the render thread's master clock).</summary>
    public long Frame { get; private set; }

    /// <summary>How many channels (instruments) the mix has.</summary>
    public int Channels => _instruments.Length;

    /// <summary>Events refused because the queue was full.</summary>
    public long DroppedEvents { get; private set; }

    /// <summary>Events that arrived after their frame had been rendered (applied at the start of the next block).</summary>
    public long LateEvents { get; private set; }

    /// <summary>Voices sounding across all channels.</summary>
    public int ActiveVoices
    {
        get
        {
            var voices = 0;
            foreach (var instrument in _instruments)
            {
                voices += instrument.ActiveVoices;
            }

            return voices;
        }
    }

    /// <summary>The instrument currently playing <paramref name="channel"/>.</summary>
    public IInstrument InstrumentOf(int channel) => _instruments[channel];

    /// <summary>The channel strip of <paramref name="channel"/>.</summary>
    public ChannelStrip StripOf(int channel) => _strips[channel];

    /// <summary>Queues an event; false (and counted) when the queue is full.</summary>
    public bool Schedule(in RenderEvent renderEvent)
    {
        if (renderEvent.Frame < Frame)
        {
            LateEvents++;
        }

        if (_events.TryPush(renderEvent))
        {
            return true;
        }

        DroppedEvents++;
        return false;
    }

    /// <summary>The last instrument fault since the previous call, or null.</summary>
    public InstrumentFault? TakeFault()
    {
        var fault = _fault;
        _fault = null;
        return fault;
    }

    /// <summary>Renders the next <c>interleaved.Length / 2</c> frames (at most the prepared block size) and advances <see cref="Frame"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Render(Span<float> interleaved)
    {
        var frames = interleaved.Length / 2;
        if (frames > _spec.MaxBlockFrames || interleaved.Length % 2 != 0)
        {
            throw new ArgumentException($"A block holds an even number of samples and at most {_spec.MaxBlockFrames} frames.", nameof(interleaved));
        }

        var masterLeft = _masterLeft.AsSpan(0, frames);
        var masterRight = _masterRight.AsSpan(0, frames);
        var reverbLeft = _reverbLeft.AsSpan(0, frames);
        var reverbRight = _reverbRight.AsSpan(0, frames);
        var delayLeft = _delayLeft.AsSpan(0, frames);
        var delayRight = _delayRight.AsSpan(0, frames);
        masterLeft.Clear();
        masterRight.Clear();
        reverbLeft.Clear();
        reverbRight.Clear();
        delayLeft.Clear();
        delayRight.Clear();

        var done = 0;
        while (done < frames)
        {
            ApplyDueEvents(Frame + done);
            var segment = SegmentLength(Frame + done, frames - done);
            RenderSegment(done, segment);
            done += segment;
        }

        _delay.Process(delayLeft, delayRight);
        _reverb.Process(reverbLeft, reverbRight);
        // master = master + delay × level + reverb × level, pass by pass: the same operations in the same order.
        SampleMath.AddScaled(delayLeft, _delayLevel, masterLeft);
        SampleMath.AddScaled(delayRight, _delayLevel, masterRight);
        SampleMath.AddScaled(reverbLeft, _reverbLevel, masterLeft);
        SampleMath.AddScaled(reverbRight, _reverbLevel, masterRight);
        _master.Process(masterLeft, masterRight);
        SampleMath.Interleave(masterLeft, masterRight, interleaved);

        Frame += frames;
    }

    /// <summary>Silences everything, drops pending events and restarts the clock at <paramref name="frame"/>.</summary>
    public void Reset(long frame = 0)
    {
        foreach (var instrument in _instruments)
        {
            instrument.Reset();
        }

        foreach (var strip in _strips)
        {
            strip.Reset();
        }

        _events.Clear();
        _delay.Reset();
        _reverb.Reset();
        _master.Reset();
        Frame = frame;
    }

    private int SegmentLength(long from, int remaining)
    {
        if (_events.TryPeek(out var next) && next.Frame > from && next.Frame < from + remaining)
        {
            return (int)(next.Frame - from);
        }

        return remaining;
    }

    private void ApplyDueEvents(long frame)
    {
        while (_events.TryPeek(out var next) && next.Frame <= frame)
        {
            Apply(_events.Pop());
        }
    }

    private void Apply(in RenderEvent e)
    {
        if (e.Kind == RenderEventKind.MasterLoudness)
        {
            _master.TargetLufs = Math.Clamp(e.Value, MinLoudnessLufs, MaxLoudnessLufs);
            return;
        }

        if (e.Kind is RenderEventKind.MasterVolume or RenderEventKind.ReverbLevel or RenderEventKind.DelayLevel)
        {
            var value = Math.Clamp(e.Value, 0f, 1f);
            if (e.Kind == RenderEventKind.MasterVolume)
            {
                _master.Volume = value;
            }
            else if (e.Kind == RenderEventKind.ReverbLevel)
            {
                _reverbLevel = value;
            }
            else
            {
                _delayLevel = value;
            }

            return;
        }

        if (e.Channel == -1 && e.Kind == RenderEventKind.AllNotesOff)
        {
            foreach (var instrument in _instruments)
            {
                instrument.AllNotesOff();
            }

            return;
        }

        if ((uint)e.Channel >= (uint)_instruments.Length)
        {
            DroppedEvents++;
            return;
        }

        var strip = _strips[e.Channel];
        switch (e.Kind)
        {
            case RenderEventKind.NoteOn or RenderEventKind.NoteOff or RenderEventKind.AllNotesOff:
                PlayNote(e);
                break;
            case RenderEventKind.ChannelGain:
                strip.Gain = e.Value;
                break;
            case RenderEventKind.ChannelPan:
                strip.Pan = e.Value;
                break;
            case RenderEventKind.ReverbSend:
                strip.ReverbSend = e.Value;
                break;
            case RenderEventKind.DelaySend:
                strip.DelaySend = e.Value;
                break;
            case RenderEventKind.SwapInstrument when e.Instrument is not null:
                _instruments[e.Channel].AllNotesOff();
                _instruments[e.Channel] = e.Instrument;
                break;
            case RenderEventKind.InstrumentParameter when _instruments[e.Channel] is IParameterized parameterized:
                parameterized.SetNormalized(e.Parameter, e.Value);
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RenderSegment(int offset, int frames)
    {
        var voiceLeft = _voiceLeft.AsSpan(0, frames);
        var voiceRight = _voiceRight.AsSpan(0, frames);
        for (var channel = 0; channel < _instruments.Length; channel++)
        {
            RenderChannel(channel, voiceLeft, voiceRight);
            _strips[channel].MixInto(voiceLeft, voiceRight, new MixBuses(
                _masterLeft.AsSpan(offset, frames), _masterRight.AsSpan(offset, frames),
                _reverbLeft.AsSpan(offset, frames), _reverbRight.AsSpan(offset, frames),
                _delayLeft.AsSpan(offset, frames), _delayRight.AsSpan(offset, frames)));
        }
    }

    private void RenderChannel(int channel, Span<float> left, Span<float> right)
    {
        try
        {
            _instruments[channel].Render(left, right);
        }
        catch (Exception error)
        {
            Replace(channel, error);
            left.Clear();
            right.Clear();
        }
    }

    private void PlayNote(in RenderEvent e)
    {
        var instrument = _instruments[e.Channel];
        try
        {
            switch (e.Kind)
            {
                case RenderEventKind.NoteOn:
                    instrument.NoteOn(e.Pitch, e.Velocity);
                    break;
                case RenderEventKind.NoteOff:
                    instrument.NoteOff(e.Pitch);
                    break;
                default:
                    instrument.AllNotesOff();
                    break;
            }
        }
        catch (Exception error)
        {
            Replace(e.Channel, error);
        }
    }

    private void Replace(int channel, Exception error)
    {
        var failed = _instruments[channel];
        var replacement = ReferenceEquals(failed, _sineFallbacks[channel]) || ReferenceEquals(failed, _silence) ? _silence : _sineFallbacks[channel];
        _instruments[channel] = replacement;
        _fault = new InstrumentFault(channel, Frame, failed.Name, replacement.Name, error);
    }
}
