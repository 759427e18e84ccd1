using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>One sounding zone of a <see cref="SoundFontInstrument"/>: where it reads its sample, its envelope and its filter.</summary>
/// <remarks>A mutable struct kept in the instrument's preallocated pool and worked on by reference; nothing in it allocates.</remarks>
internal struct SampledVoice
{
    // The envelope's floor: SF2 times its decay and release as a fall of 100 dB.
    private const float Silent = 1e-5f;

    // A voice that has fallen under this level at the output (its zone's gain and velocity included) can no longer be
    // heard and ends: 90 dB under full scale, FluidSynth's noise floor.
    private const float Inaudible = 3e-5f;

    public bool Active;
    public bool Held;
    public int Key;
    public long Serial;
    public int Group;
    public int OffBy;

    private float[] _data;
    private ulong _position;
    private ulong _step;
    private int _end;
    private int _loopStart;
    private int _loopEnd;
    private ZoneLoop _loop;
    private float _gainLeft;
    private float _gainRight;

    private EnvelopeStage _stage;
    private float _level;
    private int _counter;
    private int _holdFrames;
    private float _attackStep;
    private float _decayFactor;
    private float _sustain;
    private float _releaseFactor;

    private bool _filtered;
    private float _b0, _b1, _b2, _a1, _a2, _z1, _z2;

    private enum EnvelopeStage
    {
        Delay,
        Attack,
        Hold,
        Decay,
        Sustain,
        Release,
    }

    /// <summary>The envelope's level now: the voice to steal first is the quietest.</summary>
    public readonly float Level => _level;

    /// <summary>Starts <paramref name="zone"/> for <paramref name="key"/> at <paramref name="velocity"/>.</summary>
    public void Start(SampledZone zone, int key, int velocity, long serial, double sampleRate)
    {
        Active = true;
        Held = true;
        Key = key;
        Serial = serial;
        Group = zone.Group;
        OffBy = zone.OffBy;
        _data = zone.Data;
        _position = (ulong)zone.Start << 32;
        _end = zone.End;
        _loopStart = zone.LoopStart;
        _loopEnd = zone.LoopEnd;
        _loop = zone.Loop;

        var pitched = zone.FixedKey >= 0 ? zone.FixedKey : key;
        var step = Math.Pow(2, (pitched - zone.RootKey) * zone.KeyTracking / 12.0) * zone.SampleRate / sampleRate;
        _step = (ulong)Math.Round(Math.Min(step, 1 << 20) * 4_294_967_296.0);

        var v = velocity / 127f;
        var gain = zone.Gain * (1f - (zone.VelocityTracking * (1f - (v * v))));
        var angle = (zone.Pan + 1f) * MathF.PI / 4f;
        _gainLeft = gain * MathF.Cos(angle);
        _gainRight = gain * MathF.Sin(angle);

        var envelope = zone.Envelope;
        _stage = EnvelopeStage.Delay;
        _level = 0;
        _counter = (int)(envelope.DelaySeconds * sampleRate);
        _attackStep = 1f / (float)Math.Max(1, envelope.AttackSeconds * sampleRate);
        _holdFrames = (int)(envelope.HoldFor(pitched) * sampleRate);
        _decayFactor = FallFactor(envelope.DecayFor(pitched), sampleRate);
        _sustain = (float)envelope.SustainLevel;
        _releaseFactor = FallFactor(envelope.ReleaseSeconds, sampleRate);

        _filtered = zone.CutoffHertz > 0 && zone.CutoffHertz < 0.45 * sampleRate;
        _z1 = _z2 = 0;
        if (_filtered)
        {
            // RBJ's low-pass biquad; SF2's Q is the resonance peak in dB over a Butterworth response.
            var w0 = 2 * Math.PI * zone.CutoffHertz / sampleRate;
            var q = Math.Max(Math.Sqrt(0.5), Math.Pow(10, zone.ResonanceDecibels / 20.0) * Math.Sqrt(0.5));
            var alpha = Math.Sin(w0) / (2 * q);
            var cos = Math.Cos(w0);
            var a0 = 1 + alpha;
            _b1 = (float)((1 - cos) / a0);
            _b0 = _b2 = _b1 / 2;
            _a1 = (float)(-2 * cos / a0);
            _a2 = (float)((1 - alpha) / a0);
        }
    }

    /// <summary>Lets go of the key: the envelope releases, and a loop that lasts only while the key is held ends.</summary>
    public void Release()
    {
        Held = false;
        _stage = EnvelopeStage.Release;
    }

    /// <summary>Silences the voice within a few milliseconds (a choke group, or a stolen voice's fade).</summary>
    public void Choke(double sampleRate)
    {
        Held = false;
        _stage = EnvelopeStage.Release;
        _releaseFactor = FallFactor(0.005, sampleRate);
    }

    /// <summary>Adds the voice's next frames to the block; the voice ends itself when its sample or its release runs out.</summary>
    /// <remarks>
    /// The envelope runs at block rate, as FluidSynth's does: its level is worked out for the block's end (stage by stage,
    /// in closed form) and the gain ramps to it linearly across the block, so the per-frame loop is only the read, the
    /// interpolation, the filter and the mix. The read position is fixed point (32 fractional bits), and the frames are
    /// read without bounds checks: a zone's data has guard frames around it, and the loop never steps past its end.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Render(Span<float> left, Span<float> right)
    {
        var frames = left.Length;
        var offset = 0;
        if (_stage == EnvelopeStage.Delay)
        {
            offset = Math.Min(frames, _counter);
            _counter -= offset;
            if (_counter > 0)
            {
                return;
            }

            _stage = EnvelopeStage.Attack;
        }

        var count = frames - offset;
        if (count == 0)
        {
            return;
        }

        var from = _level;
        var to = Advance(count);
        var ramp = (to - from) / count;
        var looping = _loop == ZoneLoop.Continuous || (_loop == ZoneLoop.UntilRelease && Held);
        var loopEnd = (ulong)_loopEnd << 32;
        var loopLength = (ulong)(_loopEnd - _loopStart) << 32;
        var last = (ulong)(_end - 1) << 32;
        var (position, step) = (_position, _step);
        var (gainLeft, gainRight) = (_gainLeft, _gainRight);
        var (z1, z2) = (_z1, _z2);
        var (b0, b1, b2, a1, a2) = (_b0, _b1, _b2, _a1, _a2);
        var filtered = _filtered;
        var loopStart = (ulong)_loopStart << 32;
        ref var data = ref MemoryMarshal.GetArrayDataReference(_data);
        ref var outLeft = ref MemoryMarshal.GetReference(left);
        ref var outRight = ref MemoryMarshal.GetReference(right);
        var level = from;
        for (var i = offset; i < frames; i++)
        {
            var index = (int)(position >> 32);
            var fraction = (position & 0xFFFF_FFFFUL) * (1f / 4_294_967_296f);
            ref var at = ref Unsafe.Add(ref data, index);
            var sample = CubicHermite.At(Unsafe.Add(ref at, -1), at, Unsafe.Add(ref at, 1), Unsafe.Add(ref at, 2), fraction);
            if (filtered)
            {
                var output = (b0 * sample) + z1;
                z1 = (b1 * sample) - (a1 * output) + z2;
                z2 = (b2 * sample) - (a2 * output);
                sample = output;
            }

            level += ramp;
            sample *= level;
            Unsafe.Add(ref outLeft, i) += sample * gainLeft;
            Unsafe.Add(ref outRight, i) += sample * gainRight;

            position += step;
            if (position >= loopEnd && looping)
            {
                position = loopStart + ((position - loopStart) % loopLength);
            }
            else if (position >= last && !looping)
            {
                Active = false;
                break;
            }
        }

        _position = position;
        (_z1, _z2) = (Denormals.Flush(z1), Denormals.Flush(z2));
        if (to * MathF.Max(gainLeft, gainRight) < Inaudible && _stage >= EnvelopeStage.Decay)
        {
            Active = false;
        }
    }

    // Moves the envelope on by `frames` and returns its level there: attack linear, decay and release exponential.
    private float Advance(int frames)
    {
        var level = _level;
        while (frames > 0)
        {
            switch (_stage)
            {
                case EnvelopeStage.Attack:
                    var rising = Math.Min(frames, (int)MathF.Ceiling((1f - level) / _attackStep));
                    level = MathF.Min(1f, level + (rising * _attackStep));
                    frames -= rising;
                    if (level >= 1f)
                    {
                        (_stage, _counter) = (EnvelopeStage.Hold, _holdFrames);
                    }

                    break;
                case EnvelopeStage.Hold:
                    var holding = Math.Min(frames, _counter);
                    (_counter, frames) = (_counter - holding, frames - holding);
                    if (_counter <= 0)
                    {
                        _stage = EnvelopeStage.Decay;
                    }

                    break;
                case EnvelopeStage.Decay:
                    var floor = MathF.Max(_sustain, Silent / 10);
                    var falling = level <= floor ? 0 : (int)Math.Min(frames, Math.Ceiling(Math.Log(floor / level) / Math.Log(_decayFactor)));
                    level *= MathF.Pow(_decayFactor, falling);
                    frames -= falling;
                    if (level <= floor || falling == 0)
                    {
                        (level, _stage) = (MathF.Max(level, _sustain), EnvelopeStage.Sustain);
                    }

                    break;
                case EnvelopeStage.Release:
                    level *= MathF.Pow(_releaseFactor, frames);
                    frames = 0;
                    break;
                default:
                    frames = 0;
                    break;
            }
        }

        _level = level;
        return level;
    }

    // The per-frame factor of a fall of 100 dB over `seconds`.
    private static float FallFactor(double seconds, double sampleRate) =>
        (float)Math.Pow(10, -5.0 / Math.Max(1, seconds * sampleRate));
}
