using System.Runtime.CompilerServices;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>One sounding zone of a <see cref="SoundFontInstrument"/>: where it reads its sample, its envelope and its filter.</summary>
/// <remarks>A mutable struct kept in the instrument's preallocated pool and worked on by reference; nothing in it allocates.</remarks>
internal struct SampledVoice
{
    // Release ends a voice once it is 100 dB down, as SF2 defines the release's length.
    private const float Silent = 1e-5f;

    public bool Active;
    public bool Held;
    public int Key;
    public long Serial;
    public int Group;
    public int OffBy;

    private float[] _data;
    private double _position;
    private double _step;
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
        _position = zone.Start;
        _end = zone.End;
        _loopStart = zone.LoopStart;
        _loopEnd = zone.LoopEnd;
        _loop = zone.Loop;

        var pitched = zone.FixedKey >= 0 ? zone.FixedKey : key;
        _step = Math.Pow(2, (pitched - zone.RootKey) * zone.KeyTracking / 12.0) * zone.SampleRate / sampleRate;

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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Render(Span<float> left, Span<float> right)
    {
        var data = _data;
        var (position, step, level, counter) = (_position, _step, _level, _counter);
        var (z1, z2) = (_z1, _z2);
        var looping = _loop == ZoneLoop.Continuous || (_loop == ZoneLoop.UntilRelease && Held);
        var loopLength = _loopEnd - _loopStart;
        var last = _end - 1;
        for (var i = 0; i < left.Length; i++)
        {
            switch (_stage)
            {
                case EnvelopeStage.Delay:
                    if (--counter <= 0)
                    {
                        _stage = EnvelopeStage.Attack;
                    }

                    continue;
                case EnvelopeStage.Attack:
                    level += _attackStep;
                    if (level >= 1f)
                    {
                        (level, counter, _stage) = (1f, _holdFrames, EnvelopeStage.Hold);
                    }

                    break;
                case EnvelopeStage.Hold:
                    if (--counter <= 0)
                    {
                        _stage = EnvelopeStage.Decay;
                    }

                    break;
                case EnvelopeStage.Decay:
                    level *= _decayFactor;
                    if (level <= _sustain)
                    {
                        (level, _stage) = (_sustain, EnvelopeStage.Sustain);
                    }

                    break;
                case EnvelopeStage.Sustain:
                    break;
                default:
                    level *= _releaseFactor;
                    break;
            }

            if (level < Silent && _stage >= EnvelopeStage.Decay)
            {
                Active = false;
                break;
            }

            var index = (int)position;
            var fraction = (float)(position - index);
            var sample = Interpolate(data[index - 1], data[index], data[index + 1], data[index + 2], fraction);
            if (_filtered)
            {
                var filtered = (_b0 * sample) + z1;
                z1 = (_b1 * sample) - (_a1 * filtered) + z2;
                z2 = (_b2 * sample) - (_a2 * filtered);
                sample = filtered;
            }

            sample *= level;
            left[i] += sample * _gainLeft;
            right[i] += sample * _gainRight;

            position += step;
            if (looping && position >= _loopEnd)
            {
                position = _loopStart + ((position - _loopStart) % loopLength);
            }
            else if (!looping && position >= last)
            {
                Active = false;
                break;
            }
        }

        (_position, _level, _counter) = (position, level, counter);
        (_z1, _z2) = (Denormals.Flush(z1), Denormals.Flush(z2));
    }

    // Catmull-Rom through four neighbouring frames.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Interpolate(float before, float at, float next, float after, float t)
    {
        var c1 = 0.5f * (next - before);
        var c2 = before - (2.5f * at) + (2f * next) - (0.5f * after);
        var c3 = (0.5f * (after - before)) + (1.5f * (at - next));
        return (((((c3 * t) + c2) * t) + c1) * t) + at;
    }

    // The per-frame factor of a fall of 100 dB over `seconds`.
    private static float FallFactor(double seconds, double sampleRate) =>
        (float)Math.Pow(10, -5.0 / Math.Max(1, seconds * sampleRate));
}
