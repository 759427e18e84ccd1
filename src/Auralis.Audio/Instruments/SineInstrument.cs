using System.Runtime.CompilerServices;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments;

/// <summary>The simplest instrument: sine voices with short linear attack and release ramps.</summary>
/// <remarks>It is the renderer's stand-in for an instrument that failed, so it is kept small enough to trust.</remarks>
public sealed class SineInstrument : IInstrument
{
    private const int Voices = 16;
    private readonly VoiceAllocator _allocator = new(Voices);
    private readonly double[] _phase = new double[Voices];
    private readonly double[] _increment = new double[Voices];
    private readonly float[] _level = new float[Voices];
    private readonly float[] _target = new float[Voices];
    private readonly Func<int, bool> _isSilent;
    private float _rampStep = 1f;
    private double _sampleRate;

    /// <summary>Creates the instrument (prepare before use).</summary>
    public SineInstrument() => _isSilent = voice => _level[voice] == 0 && _target[voice] == 0;

    /// <inheritdoc />
    public string Name => "sine";

    /// <inheritdoc />
    public int ActiveVoices
    {
        get
        {
            var active = 0;
            for (var voice = 0; voice < Voices; voice++)
            {
                active += _level[voice] > 0 || _target[voice] > 0 ? 1 : 0;
            }

            return active;
        }
    }

    /// <inheritdoc />
    public void Prepare(in AudioSpec spec)
    {
        spec.Validate();
        _sampleRate = spec.SampleRate;
        _rampStep = 1f / (0.005f * spec.SampleRate);
        Reset();
    }

    /// <inheritdoc />
    public void Reset()
    {
        Array.Clear(_phase);
        Array.Clear(_level);
        Array.Clear(_target);
        _allocator.ReleaseAll();
    }

    /// <inheritdoc />
    public void NoteOn(int pitch, int velocity)
    {
        var voice = _allocator.Allocate(pitch, _isSilent);
        _increment[voice] = 440.0 * Math.Pow(2, (pitch - 69) / 12.0) / _sampleRate;
        _target[voice] = 0.25f * Math.Clamp(velocity, 1, 127) / 127f;
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
        for (var voice = 0; voice < Voices; voice++)
        {
            var (level, target, phase, increment) = (_level[voice], _target[voice], _phase[voice], _increment[voice]);
            if (level == 0 && target == 0)
            {
                continue;
            }

            for (var i = 0; i < left.Length; i++)
            {
                level = level < target ? MathF.Min(target, level + _rampStep) : MathF.Max(target, level - (_rampStep * 0.1f));
                left[i] += level * (float)Math.Sin(2 * Math.PI * phase);
                phase += increment;
                if (phase >= 1)
                {
                    phase -= 1;
                }
            }

            (_level[voice], _phase[voice]) = (level, phase);
        }

        left.CopyTo(right);
    }
}
