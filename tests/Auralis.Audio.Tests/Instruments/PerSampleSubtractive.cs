using Auralis.Audio.Instruments;
using Auralis.Audio.Modulation;
using Auralis.Audio.Oscillators;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Tests.Instruments;

/// <summary>
/// The subtractive synthesizer as plain per-sample loops, a voice at a time: the reference <c>SubtractiveSynth</c>'s
/// vector lanes (and its loop without vector hardware) are held to, bit for bit.
/// </summary>
/// <remarks>
/// The filter's coefficient is worked out afresh at the end of every 32-frame chunk, with no caching of the cutoff or
/// of tan(); the envelopes come from <c>Adsr.Render</c>, as in the synthesizer, with no held-sustain shortcut.
/// </remarks>
internal sealed class PerSampleSubtractive : EnvelopedSynth<SubtractiveSynth.Voice>
{
    private const int ControlFrames = 32;
    private const int Count = 16;
    private readonly Lfo _lfo = new() { Shape = LfoShape.Triangle };
    private readonly uint[] _phaseA = new uint[Count];
    private readonly uint[] _phaseB = new uint[Count];
    private readonly uint[] _stepA = new uint[Count];
    private readonly uint[] _stepB = new uint[Count];
    private readonly float[] _triangleA = new float[Count];
    private readonly float[] _triangleB = new float[Count];
    private readonly float[] _ic1 = new float[Count];
    private readonly float[] _ic2 = new float[Count];
    private readonly float[] _g = new float[Count];
    private readonly Waveform[] _shape = new Waveform[Count];
    private readonly bool[] _fresh = new bool[Count];
    private float[] _amp = [];
    private float[] _sweep = [];

    public PerSampleSubtractive()
        : base(Count, SubtractiveSynth.Definitions)
    {
    }

    public override string Name => "subtractive-per-sample";

    public override void Render(Span<float> left, Span<float> right)
    {
        left.Clear();
        var frames = left.Length;
        _lfo.RateHz = Value(8);
        var cutoff = Value(1) * MathF.Pow(2f, 2f * Value(9) * _lfo.Advance(frames, SampleRate));
        var k = 1f / Math.Clamp(Value(2), 0.1f, 40f);
        var gain = Value(7) * 0.3f;
        for (var v = 0; v < Count; v++)
        {
            var voice = Voices[v];
            if (!voice.Amp.IsActive)
            {
                continue;
            }

            var amp = _amp.AsSpan(0, frames);
            var sweep = _sweep.AsSpan(0, frames);
            voice.Amp.Render(amp);
            voice.Modulation.Render(sweep);
            var g = _g[v];
            for (var start = 0; start < frames; start += ControlFrames)
            {
                var n = Math.Min(ControlFrames, frames - start);
                var opening = MathF.Pow(8f, Value(3) * sweep[start + n - 1] * voice.Velocity);
                var hertz = Math.Clamp(cutoff * opening, 10f, SampleRate * 0.49f);
                var target = MathF.Tan(MathF.PI * hertz / SampleRate);
                (g, _fresh[v]) = (_fresh[v] ? target : g, false);
                var step = (target - g) * (1f / n);
                for (var j = 0; j < n; j++)
                {
                    var ramped = g + (step * (j + 1f));
                    var a1 = 1f / (1f + (ramped * (ramped + k)));
                    var a2 = ramped * a1;
                    var a3 = ramped * a2;
                    var a = Oscillator(_shape[v], _phaseA[v], _stepA[v], ref _triangleA[v]);
                    var b = Oscillator(_shape[v], _phaseB[v], _stepB[v], ref _triangleB[v]);
                    var v3 = ((a + b) * (0.5f * voice.Velocity * gain)) - _ic2[v];
                    var v1 = (a1 * _ic1[v]) + (a2 * v3);
                    var v2 = _ic2[v] + (a2 * _ic1[v]) + (a3 * v3);
                    (_ic1[v], _ic2[v]) = ((2f * v1) - _ic1[v], (2f * v2) - _ic2[v]);
                    left[start + j] += v2 * amp[start + j];
                    _phaseA[v] += _stepA[v];
                    _phaseB[v] += _stepB[v];
                }

                g = target;
            }

            (_ic1[v], _ic2[v], _g[v]) = (Denormals.Flush(_ic1[v]), Denormals.Flush(_ic2[v]), g);
        }

        left.CopyTo(right);
    }

    protected override void OnPrepare(in AudioSpec spec) => (_amp, _sweep) = (new float[spec.MaxBlockFrames], new float[spec.MaxBlockFrames]);

    protected override void OnReset()
    {
        Array.Clear(_phaseA);
        Array.Clear(_phaseB);
        Array.Clear(_triangleA);
        Array.Clear(_triangleB);
        Array.Clear(_ic1);
        Array.Clear(_ic2);
    }

    protected override void Start(SubtractiveSynth.Voice voice, double hertz)
    {
        var v = Array.IndexOf(Voices, voice);
        _shape[v] = (Waveform)(int)MathF.Round(Value(0));
        _stepA[v] = FixedPhase.Step(hertz, SampleRate);
        _stepB[v] = FixedPhase.Step(hertz * Math.Pow(2, Value(6) / 1200.0), SampleRate);
        _fresh[v] = true;
        voice.Amp.AttackSeconds = Value(4);
        voice.Amp.ReleaseSeconds = Value(5);
    }

    // Oscillator A or B: the phase's whole 2⁻²⁴-cycle steps scaled to the saw and to the PolyBLEP's distance from an edge.
    private static float Oscillator(Waveform shape, uint phase, uint step, ref float triangle)
    {
        var dt = FixedPhase.ToCycles(step);
        var scale = 1f / dt * FixedPhase.Unit;
        var steps = FixedPhase.ToSteps(phase);
        switch (shape)
        {
            case Waveform.Sine:
                return SinePolynomial.Sin(FixedPhase.ToUnit(phase));
            case Waveform.Saw:
                return (steps * (2f * FixedPhase.Unit)) - 1f - Blep(steps, scale);
            case Waveform.Pulse:
                return Square(phase, scale);
            default:
                // Leaky integration of the band-limited square.
                return triangle = (dt * 4f * Square(phase, scale)) + ((1f - (dt * 0.25f)) * triangle);
        }
    }

    // A square of width 0.5: an edge up at 0 and one down half a cycle on.
    private static float Square(uint phase, float scale) =>
        ((int)phase >= 0 ? 1f : -1f) + Blep(FixedPhase.ToSteps(phase), scale) - Blep(FixedPhase.ToSteps(phase + (1u << 31)), scale);

    // The PolyBLEP residual: −(1 − t)² within a step after an edge, (1 + t)² within a step before it.
    private static float Blep(float steps, float scale)
    {
        var rising = steps * scale;
        var falling = (steps - FixedPhase.StepsPerCycle) * scale;
        var u = rising < 1f ? rising - 1f : falling > -1f ? falling + 1f : 0f;
        return u * MathF.Abs(u);
    }
}
