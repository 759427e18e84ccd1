using System.Numerics;
using Auralis.Audio.Instruments;
using Auralis.Audio.Instruments.Drums;
using Auralis.Audio.Oscillators;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Tests.Instruments;

/// <summary>
/// The kit's kick and snare as plain per-sample loops over the kit's pool of twelve hits: the reference the kit's
/// vector loops and their lane-by-lane tails are held to, bit for bit.
/// </summary>
/// <remarks>
/// Each frame's level is worked out on its own from the block's first: level₀ × dᵏ (k = frame mod lanes, the powers
/// built by repeated multiplication) and then times d^lanes once for every whole group of lanes before the frame —
/// the closed form the kit renders in, written out frame by frame.
/// </remarks>
internal sealed class PerSampleDrums(ulong seed) : IInstrument
{
    private static readonly int Lanes = Vector<float>.Count;
    private readonly Hit[] _hits = Enumerable.Range(0, 12).Select(_ => new Hit()).ToArray();
    private readonly Noise _noise = new(seed);
    private float _rate = 48_000;
    private int _next;

    public string Name => "drums-per-sample";

    public int ActiveVoices => _hits.Count(hit => hit.Active);

    public void Prepare(in AudioSpec spec) => _rate = spec.SampleRate;

    public void Reset()
    {
    }

    public void NoteOn(int pitch, int velocity)
    {
        var kind = DrumKinds.Of(pitch);
        if (kind is not (DrumKind.Kick or DrumKind.Snare))
        {
            throw new ArgumentException($"The per-sample kit plays the kick and the snare, not {kind}.", nameof(pitch));
        }

        _hits[_next] = new Hit { Kind = kind, Velocity = Math.Clamp(velocity, 1, 127) / 127f, A = 1f, B = 1f, Active = true };
        _next = (_next + 1) % _hits.Length;
    }

    public void NoteOff(int pitch)
    {
    }

    public void AllNotesOff()
    {
    }

    public void Render(Span<float> left, Span<float> right)
    {
        left.Clear();
        foreach (var hit in _hits.Where(hit => hit.Active))
        {
            var length = (int)(DrumKinds.LengthSeconds(hit.Kind) * _rate);
            var output = left[..Math.Min(left.Length, length - hit.Age)];
            if (hit.Kind == DrumKind.Kick)
            {
                Kick(hit, output);
            }
            else
            {
                Snare(hit, output);
            }

            hit.Age += output.Length;
            hit.Active = hit.Age < length;
        }

        left.CopyTo(right);
    }

    // A sine swept from 150 Hz to 48 Hz: the phase is the sum of the increments 48 + 102 × sweep, a geometric series.
    private void Kick(Hit hit, Span<float> output)
    {
        var (ampDecay, sweepDecay) = (DrumKinds.Decay(0.16f, _rate), DrumKinds.Decay(0.035f, _rate));
        var sweepSum = 1f / (1f - sweepDecay);
        var (amp, sweep, phase) = (hit.A, hit.B, hit.Phase);
        for (var i = 0; i < output.Length; i++)
        {
            amp = Level(hit.A, ampDecay, i);
            sweep = Level(hit.B, sweepDecay, i);
            phase = hit.Phase + (((48f * (i + 1)) + (102f * ((hit.B - (sweep * sweepDecay)) * sweepSum))) * (1f / _rate));
            output[i] += SinePolynomial.Sin(phase - MathF.Floor(phase)) * amp * hit.Velocity;
        }

        if (output.Length > 0)
        {
            (hit.A, hit.B, hit.Phase) = (amp * ampDecay, sweep * sweepDecay, phase - MathF.Floor(phase));
        }
    }

    // A 185 Hz tone and the kit's noise, each decaying on its own.
    private void Snare(Hit hit, Span<float> output)
    {
        var (toneDecay, noiseDecay) = (DrumKinds.Decay(0.05f, _rate), DrumKinds.Decay(0.07f, _rate));
        var noise = new float[output.Length];
        _noise.RenderWhite(noise);
        var (tone, level, phase) = (hit.A, hit.B, hit.Phase);
        for (var i = 0; i < output.Length; i++)
        {
            tone = Level(hit.A, toneDecay, i);
            level = Level(hit.B, noiseDecay, i);
            phase = hit.Phase + ((i + 1) * (185f / _rate));
            phase -= MathF.Floor(phase);
            output[i] += ((0.5f * SinePolynomial.Sin(phase) * tone) + (0.6f * noise[i] * level)) * hit.Velocity;
        }

        if (output.Length > 0)
        {
            (hit.A, hit.B, hit.Phase) = (tone * toneDecay, level * noiseDecay, phase);
        }
    }

    // Frame i's level: the block's first times d^(i mod lanes), then times d^lanes for each whole group before it.
    private static float Level(float first, float decay, int i)
    {
        var power = 1f;
        for (var k = 0; k < i % Lanes; k++)
        {
            power *= decay;
        }

        var perGroup = 1f;
        for (var k = 0; k < Lanes; k++)
        {
            perGroup *= decay;
        }

        var level = first * power;
        for (var group = 0; group < i / Lanes; group++)
        {
            level *= perGroup;
        }

        return level;
    }

    private sealed class Hit
    {
        public DrumKind Kind { get; init; }

        public float Velocity { get; init; }

        public int Age { get; set; }

        public float Phase { get; set; }

        public float A { get; set; }

        public float B { get; set; }

        public bool Active { get; set; }
    }
}
