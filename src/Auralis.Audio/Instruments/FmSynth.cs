using System.Runtime.CompilerServices;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments;

/// <summary>A polyphonic two-operator FM synthesizer: a modulator at a ratio of the note's frequency bends a carrier's phase.</summary>
/// <remarks>
/// The modulation index follows its own envelope, so notes start bright and mellow as they sound (the classic electric
/// piano and bell behaviour); velocity scales the index too. Sines come from <see cref="Oscillators.SineTable"/>, which
/// keeps the inner loop cheap enough for many voices.
/// </remarks>
public sealed class FmSynth : EnvelopedSynth<FmSynth.Voice>
{
    private float[] _amp = [];
    private float[] _brightness = [];

    /// <summary>Creates a synthesizer with <paramref name="voices"/> voices.</summary>
    public FmSynth(int voices = 16)
        : base(voices, Definitions)
    {
    }

    /// <summary>The parameters, in index order: display range, default (in display units) and unit.</summary>
    public static IReadOnlyList<ParameterInfo> Definitions { get; } =
    [
        new("ratio", 0.5f, 8, 2, "×", "modulator frequency as a multiple of the note's"),
        new("index", 0, 10, 3.5f, "", "modulation depth at the start of the note"),
        new("indexDecay", 0.02f, 4, 0.4f, "s", "how fast the brightness fades"),
        new("attack", 0.001f, 2, 0.002f, "s", "amplitude attack"),
        new("release", 0.01f, 4, 0.3f, "s", "amplitude release"),
        new("level", 0, 1, 0.7f, "", "output level"),
    ];

    /// <inheritdoc />
    public override string Name => "fm";

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Render(Span<float> left, Span<float> right)
    {
        left.Clear();
        var index = Value(1);
        var level = Value(5) * 0.3f;
        var amp = _amp.AsSpan(0, left.Length);
        var brightness = _brightness.AsSpan(0, left.Length);
        foreach (var voice in Voices)
        {
            if (!voice.Amp.IsActive)
            {
                continue;
            }

            voice.Amp.Render(amp);
            voice.Modulation.Render(brightness);

            var (carrier, modulator) = (voice.CarrierPhase, voice.ModulatorPhase);
            var (carrierStep, modulatorStep) = (voice.CarrierIncrement, voice.ModulatorIncrement);
            var depth = index * (0.5f + (0.5f * voice.Velocity)) / (2 * MathF.PI);
            var gain = voice.Velocity * level;
            for (var i = 0; i < left.Length; i++)
            {
                var phase = carrier + (Sine(modulator) * depth * brightness[i]);
                left[i] += Sine(phase - MathF.Floor(phase)) * amp[i] * gain;
                carrier += carrierStep;
                carrier -= carrier >= 1 ? 1 : 0;
                modulator += modulatorStep;
                modulator -= modulator >= 1 ? 1 : 0;
            }

            (voice.CarrierPhase, voice.ModulatorPhase) = (carrier, modulator);
        }

        left.CopyTo(right);
    }

    /// <inheritdoc />
    protected override void OnPrepare(in AudioSpec spec) =>
        (_amp, _brightness) = (new float[spec.MaxBlockFrames], new float[spec.MaxBlockFrames]);

    /// <inheritdoc />
    protected override void Start(Voice voice, double hertz)
    {
        voice.CarrierIncrement = (float)(hertz / SampleRate);
        voice.ModulatorIncrement = (float)(hertz * Value(0) / SampleRate);
        voice.CarrierPhase = voice.ModulatorPhase = 0;
        voice.Amp.AttackSeconds = Value(3);
        voice.Amp.ReleaseSeconds = Value(4);
        voice.Modulation.DecaySeconds = Value(2);
    }

    private static float Sine(float phase) => Oscillators.SineTable.Sin(phase);

    /// <summary>An FM voice: the carrier's and the modulator's phases; its modulation envelope is the brightness.</summary>
    public sealed class Voice : SynthVoice
    {
        /// <summary>Creates a voice that decays to half level, with a brightness that falls quickly to a trace.</summary>
        public Voice()
        {
            (Amp.DecaySeconds, Amp.SustainLevel) = (1.2f, 0.5f);
            (Modulation.AttackSeconds, Modulation.SustainLevel, Modulation.ReleaseSeconds) = (0.001f, 0.15f, 0.3f);
        }

        /// <summary>The carrier's phase, 0..1.</summary>
        public float CarrierPhase { get; set; }

        /// <summary>The modulator's phase, 0..1.</summary>
        public float ModulatorPhase { get; set; }

        /// <summary>The carrier's phase step per sample.</summary>
        public float CarrierIncrement { get; set; }

        /// <summary>The modulator's phase step per sample.</summary>
        public float ModulatorIncrement { get; set; }
    }
}
