using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Auralis.Audio.Oscillators;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments;

/// <summary>A polyphonic two-operator FM synthesizer: a modulator at a ratio of the note's frequency bends a carrier's phase.</summary>
/// <remarks>
/// The modulation index follows its own envelope, so notes start bright and mellow as they sound (the classic electric
/// piano and bell behaviour); velocity scales the index too. Phases are 32-bit fixed point and sines come from
/// <see cref="SinePolynomial"/>, so a voice renders eight frames per vector, matching a plain per-sample loop bit for bit (the tests hold it to one).
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

            var depth = index * (0.5f + (0.5f * voice.Velocity)) / (2 * MathF.PI);
            var gain = voice.Velocity * level;
            if (voice.Amp.TryHold(out var held) && voice.Modulation.TryHold(out var heldBrightness))
            {
                // A held note: both envelopes are flat for the block, so they are filled with their levels rather than
                // stepped sample by sample.
                amp.Fill(held);
                brightness.Fill(heldBrightness);
            }
            else
            {
                voice.Amp.Render(amp);
                voice.Modulation.Render(brightness);
            }

            var done = RenderVectors(voice, depth, gain, amp, brightness, left);
            RenderTail(voice, depth, gain, amp[done..], brightness[done..], left[done..]);
        }

        left.CopyTo(right);
    }

    // Eight frames at a time: the fixed-point phases of frame i are the block's first plus i steps, exactly.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int RenderVectors(Voice voice, float depth, float gain, ReadOnlySpan<float> amp, ReadOnlySpan<float> brightness, Span<float> output)
    {
        var lanes = Vector<float>.Count;
        if (!Vector.IsHardwareAccelerated || output.Length < lanes)
        {
            return 0;
        }

        var ramp = Vector<uint>.Indices;
        var (carrierStep, modulatorStep) = (voice.CarrierStep, voice.ModulatorStep);
        var carrier = new Vector<uint>(voice.CarrierPhase) + (ramp * new Vector<uint>(carrierStep));
        var modulator = new Vector<uint>(voice.ModulatorPhase) + (ramp * new Vector<uint>(modulatorStep));
        var carrierAdvance = new Vector<uint>((uint)lanes * carrierStep);
        var modulatorAdvance = new Vector<uint>((uint)lanes * modulatorStep);
        var (depths, gains) = (new Vector<float>(depth), new Vector<float>(gain));
        var amps = MemoryMarshal.Cast<float, Vector<float>>(amp);
        var brightnesses = MemoryMarshal.Cast<float, Vector<float>>(brightness);
        var outputs = MemoryMarshal.Cast<float, Vector<float>>(output);
        for (var v = 0; v < outputs.Length; v++)
        {
            var phase = FixedPhase.ToUnit(carrier) + (SinePolynomial.Sin(FixedPhase.ToUnit(modulator)) * depths * brightnesses[v]);
            outputs[v] += SinePolynomial.Sin(phase - Vector.Floor(phase)) * amps[v] * gains;
            carrier += carrierAdvance;
            modulator += modulatorAdvance;
        }

        var done = outputs.Length * lanes;
        voice.CarrierPhase += (uint)done * carrierStep;
        voice.ModulatorPhase += (uint)done * modulatorStep;
        return done;
    }

    // Frame by frame: what is left after the whole vectors, or the whole block where vectors are not accelerated. The
    // tests hold both loops to a per-sample FM synth of their own (PerSampleFm).
    private static void RenderTail(Voice voice, float depth, float gain, ReadOnlySpan<float> amp, ReadOnlySpan<float> brightness, Span<float> output)
    {
        var (carrier, modulator) = (voice.CarrierPhase, voice.ModulatorPhase);
        var (carrierStep, modulatorStep) = (voice.CarrierStep, voice.ModulatorStep);
        for (var i = 0; i < output.Length; i++)
        {
            var phase = FixedPhase.ToUnit(carrier) + (SinePolynomial.Sin(FixedPhase.ToUnit(modulator)) * depth * brightness[i]);
            output[i] += SinePolynomial.Sin(phase - MathF.Floor(phase)) * amp[i] * gain;
            carrier += carrierStep;
            modulator += modulatorStep;
        }

        (voice.CarrierPhase, voice.ModulatorPhase) = (carrier, modulator);
    }

    /// <inheritdoc />
    protected override void OnPrepare(in AudioSpec spec) =>
        (_amp, _brightness) = (new float[spec.MaxBlockFrames], new float[spec.MaxBlockFrames]);

    /// <inheritdoc />
    protected override void Start(Voice voice, double hertz)
    {
        voice.CarrierStep = FixedPhase.Step(hertz, SampleRate);
        voice.ModulatorStep = FixedPhase.Step(hertz * Value(0), SampleRate);
        voice.CarrierPhase = voice.ModulatorPhase = 0;
        voice.Amp.AttackSeconds = Value(3);
        voice.Amp.ReleaseSeconds = Value(4);
        voice.Modulation.DecaySeconds = Value(2);
    }

    /// <summary>An FM voice: the carrier's and the modulator's phases; its modulation envelope is the brightness.</summary>
    public sealed class Voice : SynthVoice
    {
        /// <summary>Creates a voice that decays to half level, with a brightness that falls quickly to a trace.</summary>
        public Voice()
        {
            (Amp.DecaySeconds, Amp.SustainLevel) = (1.2f, 0.5f);
            (Modulation.AttackSeconds, Modulation.SustainLevel, Modulation.ReleaseSeconds) = (0.001f, 0.15f, 0.3f);
        }

        /// <summary>The carrier's phase, as a 32-bit fraction of a cycle.</summary>
        public uint CarrierPhase { get; set; }

        /// <summary>The modulator's phase, as a 32-bit fraction of a cycle.</summary>
        public uint ModulatorPhase { get; set; }

        /// <summary>The carrier's phase step per sample (a fraction of a cycle, 2³² = one cycle).</summary>
        public uint CarrierStep { get; set; }

        /// <summary>The modulator's phase step per sample (a fraction of a cycle, 2³² = one cycle).</summary>
        public uint ModulatorStep { get; set; }
    }
}
