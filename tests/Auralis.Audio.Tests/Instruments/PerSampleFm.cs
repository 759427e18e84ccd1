using Auralis.Audio.Instruments;
using Auralis.Audio.Oscillators;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Tests.Instruments;

/// <summary>
/// The FM synthesizer as one plain per-sample loop, both envelopes rendered for every block (no held-sustain shortcut):
/// the reference <c>FmSynth</c>'s eight-frame vectors and its held-note fill are held to, bit for bit.
/// </summary>
/// <remarks>
/// The envelopes come from <c>Adsr.Render</c>, as in the synthesizer: <c>Adsr.Next</c> rounds its decay and release
/// differently (in the last bits), so it is not the same envelope.
/// </remarks>
internal sealed class PerSampleFm : EnvelopedSynth<FmSynth.Voice>
{
    private float[] _amp = [];
    private float[] _brightness = [];

    public PerSampleFm()
        : base(16, FmSynth.Definitions)
    {
    }

    public override string Name => "fm-per-sample";

    public override void Render(Span<float> left, Span<float> right)
    {
        left.Clear();
        var index = Value(1);
        var level = Value(5) * 0.3f;
        foreach (var voice in Voices)
        {
            if (!voice.Amp.IsActive)
            {
                continue;
            }

            var depth = index * (0.5f + (0.5f * voice.Velocity)) / (2 * MathF.PI);
            var gain = voice.Velocity * level;
            var amp = _amp.AsSpan(0, left.Length);
            var brightness = _brightness.AsSpan(0, left.Length);
            voice.Amp.Render(amp);
            voice.Modulation.Render(brightness);
            for (var i = 0; i < left.Length; i++)
            {
                var modulator = SinePolynomial.Sin(FixedPhase.ToUnit(voice.ModulatorPhase));
                var phase = FixedPhase.ToUnit(voice.CarrierPhase) + (modulator * depth * brightness[i]);
                left[i] += SinePolynomial.Sin(phase - MathF.Floor(phase)) * amp[i] * gain;
                voice.CarrierPhase += voice.CarrierStep;
                voice.ModulatorPhase += voice.ModulatorStep;
            }
        }

        left.CopyTo(right);
    }

    protected override void OnPrepare(in AudioSpec spec) =>
        (_amp, _brightness) = (new float[spec.MaxBlockFrames], new float[spec.MaxBlockFrames]);

    protected override void Start(FmSynth.Voice voice, double hertz)
    {
        voice.CarrierStep = FixedPhase.Step(hertz, SampleRate);
        voice.ModulatorStep = FixedPhase.Step(hertz * Value(0), SampleRate);
        voice.CarrierPhase = voice.ModulatorPhase = 0;
        voice.Amp.AttackSeconds = Value(3);
        voice.Amp.ReleaseSeconds = Value(4);
        voice.Modulation.DecaySeconds = Value(2);
    }
}
