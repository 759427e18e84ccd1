using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments;

/// <summary>Plays a <see cref="SampleData"/> at any pitch by resampling it (cubic Hermite interpolation), polyphonically.</summary>
/// <remarks>
/// The playback rate is 2^((pitch − root) / 12) × sample rate ÷ output rate. Each voice has a 2 ms linear attack and a
/// linear release whose time is a parameter (each block's ramp is computed from where it starts, so no sample waits on
/// the one before); a voice stops at the sample's end. Voices are stolen oldest-first.
/// </remarks>
public sealed class SamplerInstrument : IInstrument, IParameterized
{
    private const int Voices = 24;
    private readonly VoiceAllocator _allocator = new(Voices);
    private readonly double[] _position = new double[Voices];
    private readonly double[] _rate = new double[Voices];
    private readonly float[] _level = new float[Voices];
    private readonly float[] _target = new float[Voices];
    private readonly bool[] _playing = new bool[Voices];
    private readonly Func<int, bool> _isSilent;
    private SampleData _sample;
    private float _attackStep;
    private float _releaseStep;
    private int _outputRate = 48_000;
    private float[] _y0 = [];
    private float[] _y1 = [];
    private float[] _y2 = [];
    private float[] _y3 = [];
    private float[] _fractions = [];
    private float[] _levels = [];

    /// <summary>Creates a sampler playing <paramref name="sample"/> (the built-in pluck when null).</summary>
    public SamplerInstrument(SampleData? sample = null)
    {
        _sample = sample ?? SampleData.Pluck();
        _isSilent = voice => !_playing[voice];
    }

    /// <summary>The sampler's parameters, in index order.</summary>
    public static IReadOnlyList<ParameterInfo> Definitions { get; } =
    [
        new("release", 0.01f, 2, 0.3f, "s", "how long a released note takes to fade"),
        new("level", 0, 1, 0.8f, "", "output level"),
    ];

    /// <inheritdoc />
    public IReadOnlyList<ParameterInfo> Parameters => Definitions;

    /// <summary>Release time in seconds.</summary>
    public float ReleaseSeconds { get; set; } = 0.3f;

    /// <summary>Output level, 0..1.</summary>
    public float Level { get; set; } = 0.8f;

    /// <inheritdoc />
    public string Name => "sampler";

    /// <summary>The sample being played.</summary>
    public SampleData Sample => _sample;

    /// <inheritdoc />
    public int ActiveVoices
    {
        get
        {
            var active = 0;
            foreach (var playing in _playing)
            {
                active += playing ? 1 : 0;
            }

            return active;
        }
    }

    /// <summary>Replaces the sample (off the render thread, before Prepare, or between notes).</summary>
    public void Load(SampleData sample) => _sample = sample ?? throw new ArgumentNullException(nameof(sample));

    /// <inheritdoc />
    public void Prepare(in AudioSpec spec)
    {
        spec.Validate();
        _outputRate = spec.SampleRate;
        _attackStep = 1f / (0.002f * spec.SampleRate);
        var block = spec.MaxBlockFrames;
        (_y0, _y1, _y2, _y3) = (new float[block], new float[block], new float[block], new float[block]);
        (_fractions, _levels) = (new float[block], new float[block]);
        Reset();
    }

    /// <inheritdoc />
    public void Reset()
    {
        Array.Clear(_playing);
        Array.Clear(_level);
        _allocator.ReleaseAll();
    }

    /// <inheritdoc />
    public void NoteOn(int pitch, int velocity)
    {
        var voice = _allocator.Allocate(pitch, _isSilent);
        _position[voice] = 0;
        _rate[voice] = Math.Pow(2, (pitch - _sample.RootPitch) / 12.0) * _sample.SampleRate / _outputRate;
        _level[voice] = 0;
        _target[voice] = Math.Clamp(velocity, 1, 127) / 127f;
        _playing[voice] = true;
    }

    /// <inheritdoc />
    public void NoteOff(int pitch)
    {
        var voice = _allocator.Release(pitch);
        if (voice >= 0)
        {
            _target[voice] = 0;
        }
    }

    /// <inheritdoc />
    public void AllNotesOff()
    {
        _allocator.ReleaseAll();
        Array.Clear(_target);
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Render(Span<float> left, Span<float> right)
    {
        left.Clear();
        right.Clear();
        _releaseStep = 1f / (Math.Max(0.01f, ReleaseSeconds) * _outputRate);
        var sampleLeft = _sample.Channels[0];
        var sampleRight = _sample.Channels[^1];
        var stereo = _sample.Channels.Count > 1;
        var last = _sample.Frames - 1;
        for (var voice = 0; voice < Voices; voice++)
        {
            if (!_playing[voice])
            {
                continue;
            }

            if (stereo || UseScalarReference)
            {
                RenderScalar(voice, sampleLeft, sampleRight, stereo, left, right);
            }
            else
            {
                RenderMono(voice, sampleLeft, left);
            }
        }

        // A mono sample sounds the same in both channels: interpolate it once.
        if (!stereo)
        {
            left.CopyTo(right);
        }
    }

    /// <summary>Renders with the plain one-sample-at-a-time loop: the reference the tests hold the mono path to.</summary>
    internal bool UseScalarReference { get; init; }

    // The plain loop: it plays stereo samples, and is the reference for RenderMono. The level ramps as a straight line
    // from where the block starts (no sample waits on the one before), and an index clear of the sample's ends reads
    // its four neighbours without clamping.
    private void RenderScalar(int voice, float[] sampleLeft, float[] sampleRight, bool stereo, Span<float> left, Span<float> right)
    {
        var last = sampleLeft.Length - 1;
        var inner = last - 2;
        var (position, rate, start, target) = (_position[voice], _rate[voice], _level[voice], _target[voice] * Level);
        var rising = start < target;
        var step = rising ? _attackStep : -_releaseStep;
        var level = start;
        for (var i = 0; i < left.Length; i++)
        {
            if (position >= last || (target == 0 && level == 0))
            {
                _playing[voice] = false;
                break;
            }

            var ramped = start + ((i + 1) * step);
            level = rising ? MathF.Min(target, ramped) : MathF.Max(target, ramped);
            var index = (int)position;
            var fraction = (float)(position - index);
            var value = index >= 1 && index <= inner ? Hermite(sampleLeft, index, fraction) : Hermite(sampleLeft, index, fraction, last);
            left[i] += level * value;
            if (stereo)
            {
                right[i] += level * (index >= 1 && index <= inner ? Hermite(sampleRight, index, fraction) : Hermite(sampleRight, index, fraction, last));
            }

            position += rate;
        }

        (_position[voice], _level[voice]) = (position, level);
    }

    // Two passes: the scalar one walks the positions and gathers each frame's four neighbours, the level and the
    // fraction into rows; the vector one interpolates and mixes eight frames at a time. Same arithmetic as RenderScalar.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RenderMono(int voice, float[] samples, Span<float> output)
    {
        var frames = output.Length;
        var last = samples.Length - 1;
        var inner = last - 2;
        var y0 = _y0.AsSpan(0, frames);
        var y1 = _y1.AsSpan(0, frames);
        var y2 = _y2.AsSpan(0, frames);
        var y3 = _y3.AsSpan(0, frames);
        var fractions = _fractions.AsSpan(0, frames);
        var levels = _levels.AsSpan(0, frames);
        var (position, rate, start, target) = (_position[voice], _rate[voice], _level[voice], _target[voice] * Level);
        var rising = start < target;
        var step = rising ? _attackStep : -_releaseStep;
        var level = start;
        var count = 0;
        for (; count < frames; count++)
        {
            if (position >= last || (target == 0 && level == 0))
            {
                _playing[voice] = false;
                break;
            }

            var ramped = start + ((count + 1) * step);
            levels[count] = level = rising ? MathF.Min(target, ramped) : MathF.Max(target, ramped);
            var index = (int)position;
            fractions[count] = (float)(position - index);
            if (index >= 1 && index <= inner)
            {
                (y0[count], y1[count], y2[count], y3[count]) = (samples[index - 1], samples[index], samples[index + 1], samples[index + 2]);
            }
            else
            {
                (y0[count], y1[count]) = (samples[Math.Max(0, index - 1)], samples[index]);
                (y2[count], y3[count]) = (samples[Math.Min(last, index + 1)], samples[Math.Min(last, index + 2)]);
            }

            position += rate;
        }

        (_position[voice], _level[voice]) = (position, level);
        var i = 0;
        if (Vector.IsHardwareAccelerated && count >= Vector<float>.Count)
        {
            var vectors = count / Vector<float>.Count;
            var v0 = Rows(y0, vectors);
            var v1 = Rows(y1, vectors);
            var v2 = Rows(y2, vectors);
            var v3 = Rows(y3, vectors);
            var t = Rows(fractions, vectors);
            var gains = Rows(levels, vectors);
            var outputs = MemoryMarshal.Cast<float, Vector<float>>(output)[..vectors];
            for (var v = 0; v < vectors; v++)
            {
                outputs[v] += gains[v] * Hermite(v0[v], v1[v], v2[v], v3[v], t[v]);
            }

            i = vectors * Vector<float>.Count;
        }

        for (; i < count; i++)
        {
            output[i] += levels[i] * Hermite(y0[i], y1[i], y2[i], y3[i], fractions[i]);
        }
    }

    private static ReadOnlySpan<Vector<float>> Rows(Span<float> row, int vectors) => MemoryMarshal.Cast<float, Vector<float>>(row)[..vectors];

    /// <inheritdoc />
    public void SetNormalized(int index, float normalized)
    {
        var value = Definitions[index].FromNormalized(normalized);
        if (index == 0)
        {
            ReleaseSeconds = value;
        }
        else
        {
            Level = value;
        }
    }

    /// <inheritdoc />
    public float GetNormalized(int index) => Definitions[index].ToNormalized(index == 0 ? ReleaseSeconds : Level);

    private static float Hermite(float[] samples, int index, float t, int last) =>
        Hermite(samples[Math.Max(0, index - 1)], samples[index], samples[Math.Min(last, index + 1)], samples[Math.Min(last, index + 2)], t);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Hermite(float[] samples, int index, float t) =>
        Hermite(samples[index - 1], samples[index], samples[index + 1], samples[index + 2], t);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Hermite(float y0, float y1, float y2, float y3, float t)
    {
        var c1 = 0.5f * (y2 - y0);
        var c2 = y0 - (2.5f * y1) + (2f * y2) - (0.5f * y3);
        var c3 = (0.5f * (y3 - y0)) + (1.5f * (y1 - y2));
        return (((((c3 * t) + c2) * t) + c1) * t) + y1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<float> Hermite(Vector<float> y0, Vector<float> y1, Vector<float> y2, Vector<float> y3, Vector<float> t)
    {
        var half = new Vector<float>(0.5f);
        var c1 = half * (y2 - y0);
        var c2 = y0 - (new Vector<float>(2.5f) * y1) + (new Vector<float>(2f) * y2) - (half * y3);
        var c3 = (half * (y3 - y0)) + (new Vector<float>(1.5f) * (y1 - y2));
        return (((((c3 * t) + c2) * t) + c1) * t) + y1;
    }
}
