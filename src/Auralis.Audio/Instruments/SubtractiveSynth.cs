using System.Runtime.CompilerServices;
using Auralis.Audio.Filters;
using Auralis.Audio.Modulation;
using Auralis.Audio.Oscillators;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments;

/// <summary>A polyphonic subtractive synthesizer: two detuned band-limited oscillators into a resonant low-pass, shaped by envelopes.</summary>
/// <remarks>
/// Each voice: oscillator A (the waveform parameter) and oscillator B a fifth of a semitone apart for width, mixed,
/// through a state-variable low-pass whose cutoff opens with the filter envelope and with velocity, then the amplitude
/// envelope; a slow triangle LFO sweeps the cutoff for every voice together. Parameters are normalized (see
/// <see cref="Definitions"/>) and take effect from the next block.
/// </remarks>
public sealed class SubtractiveSynth : EnvelopedSynth<SubtractiveSynth.Voice>
{
    private readonly Lfo _cutoffLfo = new() { Shape = LfoShape.Triangle };
    private float[] _tone = [];
    private float[] _detuned = [];
    private float[] _amp = [];
    private float[] _sweep = [];

    /// <summary>Creates a synthesizer with <paramref name="voices"/> voices.</summary>
    public SubtractiveSynth(int voices = 16)
        : base(voices, Definitions)
    {
    }

    /// <summary>The parameters, in index order: display range, default (in display units) and unit.</summary>
    public static IReadOnlyList<ParameterInfo> Definitions { get; } =
    [
        new("waveform", 0, 3, 1, "shape", "sine, saw, pulse, triangle"),
        new("cutoff", 40, 16_000, 600, "Hz", "low-pass cutoff (exponential)"),
        new("resonance", 0.5f, 12, 1.6f, "Q", "low-pass resonance"),
        new("envAmount", 0, 1, 0.4f, "", "how far the filter envelope opens the cutoff"),
        new("attack", 0.001f, 2, 0.002f, "s", "amplitude attack"),
        new("release", 0.01f, 4, 0.25f, "s", "amplitude release"),
        new("detune", 0, 50, 10, "cents", "oscillator B's detune"),
        new("level", 0, 1, 0.7f, "", "output level"),
        new("lfoRate", 0.05f, 20, 0.3f, "Hz", "speed of the filter's slow sweep"),
        new("lfoDepth", 0, 1, 0.2f, "", "width of the sweep (1 = two octaves either way)"),
    ];

    /// <inheritdoc />
    public override string Name => "subtractive";

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Render(Span<float> left, Span<float> right)
    {
        left.Clear();
        var frames = left.Length;
        _cutoffLfo.RateHz = Value(8);
        var cutoff = Value(1) * MathF.Pow(2f, 2f * Value(9) * _cutoffLfo.Advance(frames, SampleRate));
        var resonance = Value(2);
        var envAmount = Value(3);
        var level = Value(7) * 0.3f;
        var tone = _tone.AsSpan(0, frames);
        var detuned = _detuned.AsSpan(0, frames);
        var amp = _amp.AsSpan(0, frames);
        var sweep = _sweep.AsSpan(0, frames);
        foreach (var voice in Voices)
        {
            if (!voice.Amp.IsActive)
            {
                continue;
            }

            voice.A.Render(tone);
            voice.B.Render(detuned);
            voice.Amp.Render(amp);
            voice.Modulation.Render(sweep);
            var gain = 0.5f * voice.Velocity * level;
            for (var i = 0; i < frames; i++)
            {
                tone[i] = (tone[i] + detuned[i]) * gain;
            }

            // The cutoff follows the filter envelope once per 32 samples: smooth to the ear, and cheap.
            for (var start = 0; start < frames; start += 32)
            {
                var chunk = Math.Min(32, frames - start);
                voice.Filter.Set(cutoff * MathF.Pow(8f, envAmount * sweep[start] * voice.Velocity), resonance);
                voice.Filter.Process(tone.Slice(start, chunk));
            }

            SampleMath.AddProduct(tone, amp, left);
        }

        left.CopyTo(right);
    }

    /// <inheritdoc />
    protected override void OnPrepare(in AudioSpec spec)
    {
        (_tone, _detuned) = (new float[spec.MaxBlockFrames], new float[spec.MaxBlockFrames]);
        (_amp, _sweep) = (new float[spec.MaxBlockFrames], new float[spec.MaxBlockFrames]);
    }

    /// <inheritdoc />
    protected override void Start(Voice voice, double hertz)
    {
        voice.A.Waveform = voice.B.Waveform = (Waveform)(int)MathF.Round(Value(0));
        voice.A.SetFrequency(hertz);
        voice.B.SetFrequency(hertz * Math.Pow(2, Value(6) / 1200.0));
        voice.Amp.AttackSeconds = Value(4);
        voice.Amp.ReleaseSeconds = Value(5);
    }

    /// <summary>A subtractive voice: two oscillators and a filter.</summary>
    public sealed class Voice : SynthVoice
    {
        /// <summary>Creates a voice with a sustained amplitude and a filter envelope that falls to a fifth.</summary>
        public Voice()
        {
            (Amp.DecaySeconds, Amp.SustainLevel) = (0.3f, 0.75f);
            (Modulation.AttackSeconds, Modulation.DecaySeconds, Modulation.SustainLevel, Modulation.ReleaseSeconds) = (0.003f, 0.4f, 0.2f, 0.3f);
        }

        /// <summary>The main oscillator.</summary>
        public PolyBlepOscillator A { get; } = new();

        /// <summary>The detuned oscillator.</summary>
        public PolyBlepOscillator B { get; } = new();

        /// <summary>The voice's low-pass.</summary>
        public StateVariableFilter Filter { get; } = new();

        /// <inheritdoc />
        public override void Prepare(float sampleRate)
        {
            A.Prepare(sampleRate);
            B.Prepare(sampleRate);
            Filter.Prepare(sampleRate);
        }

        /// <inheritdoc />
        public override void Reset() => Filter.Reset();
    }
}
