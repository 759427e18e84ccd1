using Auralis.Audio.Instruments;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Tests.Instruments;

/// <summary>
/// The sampler as one plain per-sample loop, a voice at a time: the reference <c>SamplerInstrument</c>'s mono passes
/// (rows, and AVX2 straight from the sample) and its stereo loop are held to, bit for bit.
/// </summary>
/// <remarks>
/// Positions are 32.32 fixed point and the fraction is taken to 24 bits; the level is a straight line from where the
/// block starts (frame i has start + (i + 1) × step, stopped at the target); a voice stops at the sample's end, or
/// once released to 0.
/// </remarks>
internal sealed class PerSampleSampler(SampleData sample) : IInstrument
{
    private const int Voices = 24;
    private readonly VoiceAllocator _allocator = new(Voices);
    private readonly ulong[] _position = new ulong[Voices];
    private readonly ulong[] _rate = new ulong[Voices];
    private readonly float[] _level = new float[Voices];
    private readonly float[] _target = new float[Voices];
    private readonly bool[] _playing = new bool[Voices];
    private float _attackStep;
    private int _outputRate;

    public PerSampleSampler()
        : this(SampleData.Pluck())
    {
    }

    public string Name => "sampler-per-sample";

    public float ReleaseSeconds { get; init; } = 0.3f;

    public float Level { get; init; } = 0.8f;

    public int ActiveVoices => _playing.Count(playing => playing);

    public void Prepare(in AudioSpec spec)
    {
        _outputRate = spec.SampleRate;
        _attackStep = 1f / (0.002f * spec.SampleRate);
        Reset();
    }

    public void Reset()
    {
        Array.Clear(_playing);
        Array.Clear(_level);
        _allocator.ReleaseAll();
    }

    public void NoteOn(int pitch, int velocity)
    {
        var voice = _allocator.Allocate(pitch, v => !_playing[v]);
        _position[voice] = 0;
        _rate[voice] = (ulong)Math.Round(Math.Pow(2, (pitch - sample.RootPitch) / 12.0) * sample.SampleRate / _outputRate * 4_294_967_296.0);
        (_level[voice], _target[voice], _playing[voice]) = (0, Math.Clamp(velocity, 1, 127) / 127f, true);
    }

    public void NoteOff(int pitch)
    {
        var voice = _allocator.Release(pitch);
        if (voice >= 0)
        {
            _target[voice] = 0;
        }
    }

    public void AllNotesOff()
    {
        _allocator.ReleaseAll();
        Array.Clear(_target);
    }

    public void Render(Span<float> left, Span<float> right)
    {
        left.Clear();
        right.Clear();
        var releaseStep = 1f / (Math.Max(0.01f, ReleaseSeconds) * _outputRate);
        var last = sample.Frames - 1;
        var end = (ulong)last << 32;
        for (var voice = 0; voice < Voices; voice++)
        {
            if (!_playing[voice])
            {
                continue;
            }

            var (position, start, target) = (_position[voice], _level[voice], _target[voice] * Level);
            var rising = start < target;
            var step = rising ? _attackStep : -releaseStep;
            var level = start;
            for (var i = 0; i < left.Length; i++)
            {
                if (position >= end || (target == 0 && level == 0))
                {
                    _playing[voice] = false;
                    break;
                }

                var ramped = start + ((i + 1) * step);
                level = (rising ? ramped < target : ramped > target) ? ramped : target;
                var index = (int)(position >> 32);
                var fraction = (int)((uint)position >> 8) * (1f / 16_777_216f);
                left[i] += level * Interpolate(sample.Channels[0], index, fraction);
                right[i] += level * Interpolate(sample.Channels[^1], index, fraction);
                position += _rate[voice];
            }

            (_position[voice], _level[voice]) = (position, level);
        }
    }

    // The four neighbours of frame index, held at the sample's ends.
    private static float Interpolate(float[] channel, int index, float fraction)
    {
        var last = channel.Length - 1;
        return CubicHermite.At(channel[Math.Max(0, index - 1)], channel[index], channel[Math.Min(last, index + 1)], channel[Math.Min(last, index + 2)], fraction);
    }
}
