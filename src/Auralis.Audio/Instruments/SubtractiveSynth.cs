using System.Numerics;
using System.Runtime.CompilerServices;
using Auralis.Audio.Modulation;
using Auralis.Audio.Oscillators;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments;

/// <summary>A polyphonic subtractive synthesizer: two detuned band-limited oscillators into a resonant low-pass, shaped by envelopes.</summary>
/// <remarks>
/// Each voice: oscillator A (the waveform parameter) and oscillator B a fifth of a semitone apart for width, mixed,
/// through a state-variable low-pass whose cutoff opens with the filter envelope and with velocity, then the amplitude
/// envelope; a slow triangle LFO sweeps the cutoff for every voice together. The cutoff follows the envelope at control
/// rate (every <see cref="SubtractiveVoices.ControlFrames"/> frames, ramped in between); the voices are rendered
/// together in vector lanes (see <see cref="SubtractiveVoices"/>). Parameters are normalized (see
/// <see cref="Definitions"/>) and take effect from the next block.
/// </remarks>
public sealed class SubtractiveSynth : EnvelopedSynth<SubtractiveSynth.Voice>
{
    private readonly Lfo _cutoffLfo = new() { Shape = LfoShape.Triangle };
    private readonly bool _vectorLanes;
    private SubtractiveVoices _voices = new(1, 1);
    private float[] _sweep = [];
    private float[] _lastSweep = [];
    private float[] _lastCutoff = [];
    private float[] _lastAmount = [];
    private float[] _opening = [];
    private bool[] _fresh = [];

    /// <summary>Creates a synthesizer with <paramref name="voices"/> voices.</summary>
    public SubtractiveSynth(int voices = 16)
        : this(voices, Vector.IsHardwareAccelerated)
    {
    }

    /// <summary>
    /// Creates a synthesizer that renders its voices in vector lanes when <paramref name="vectorLanes"/> (the hardware
    /// accelerates vectors) and voice by voice, sample by sample, otherwise; the tests hold the two to each other.
    /// </summary>
    internal SubtractiveSynth(int voices, bool vectorLanes)
        : base(voices, Definitions) => _vectorLanes = vectorLanes;

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
        var k = 1f / Math.Clamp(Value(2), 0.1f, 40f);
        var envAmount = Value(3);
        var level = Value(7) * 0.3f;
        var sweep = _sweep.AsSpan(0, frames);
        var voices = _voices;
        // Voices at the same cutoff (a chord held at one velocity) share one tan().
        var (lastHertz, lastG) = (float.NaN, 0f);
        for (var v = 0; v < Voices.Length; v++)
        {
            var voice = Voices[v];
            voices.Active[v] = voice.Amp.IsActive;
            if (!voice.Amp.IsActive)
            {
                continue;
            }

            // Envelopes holding their sustain are taken as one level rather than filled into a block.
            voices.AmpHeld[v] = voice.Amp.TryHold(out voices.AmpLevel[v]);
            if (!voices.AmpHeld[v])
            {
                voice.Amp.Render(voices.Amp.AsSpan(v * voices.MaxFrames, frames));
            }

            var sweepHeld = voice.Modulation.TryHold(out var sweepLevel);
            if (!sweepHeld)
            {
                voice.Modulation.Render(sweep);
            }

            voices.Gain[v] = 0.5f * voice.Velocity * level;
            for (int start = 0, chunk = 0; start < frames; start += SubtractiveVoices.ControlFrames, chunk++)
            {
                // The envelope's value at the chunk's end; pow() only when the envelope has moved (the LFO moves the
                // cutoff every block, a held note's envelope does not), tan() only when the cutoff has moved.
                var end = sweepHeld ? sweepLevel : sweep[Math.Min(frames, start + SubtractiveVoices.ControlFrames) - 1];
                var target = chunk == 0 ? voices.G[v] : voices.GTarget[((chunk - 1) * voices.Count) + v];
                if (end != _lastSweep[v] || envAmount != _lastAmount[v] || _fresh[v])
                {
                    (_opening[v], _lastSweep[v], _lastAmount[v]) = (MathF.Pow(8f, envAmount * end * voice.Velocity), end, envAmount);
                    _lastCutoff[v] = float.NaN;
                }

                if (cutoff != _lastCutoff[v])
                {
                    var hertz = Math.Clamp(cutoff * _opening[v], 10f, SampleRate * 0.49f);
                    if (hertz != lastHertz)
                    {
                        (lastHertz, lastG) = (hertz, MathF.Tan(MathF.PI * hertz / SampleRate));
                    }

                    target = lastG;
                    _lastCutoff[v] = cutoff;
                }

                voices.GTarget[(chunk * voices.Count) + v] = target;
                if (_fresh[v])
                {
                    // A new voice starts at its cutoff rather than gliding from where the last note left the filter.
                    (voices.G[v], _fresh[v]) = (target, false);
                }
            }
        }

        if (!_vectorLanes)
        {
            voices.RenderScalar(left, k);
        }
        else
        {
            voices.Render(left, k);
        }

        left.CopyTo(right);
    }

    /// <inheritdoc />
    protected override void OnPrepare(in AudioSpec spec)
    {
        _voices = new SubtractiveVoices(Voices.Length, spec.MaxBlockFrames);
        _sweep = new float[spec.MaxBlockFrames];
        (_lastSweep, _lastCutoff, _fresh) = (new float[Voices.Length], new float[Voices.Length], new bool[Voices.Length]);
        (_lastAmount, _opening) = (new float[Voices.Length], new float[Voices.Length]);
    }

    /// <inheritdoc />
    protected override void OnReset() => _voices.Reset();

    /// <inheritdoc />
    protected override void Start(Voice voice, double hertz)
    {
        var index = Array.IndexOf(Voices, voice);
        var shape = (Waveform)(int)MathF.Round(Value(0));
        _voices.SetNote(index, shape, hertz, hertz * Math.Pow(2, Value(6) / 1200.0), SampleRate);
        _fresh[index] = true;
        voice.Amp.AttackSeconds = Value(4);
        voice.Amp.ReleaseSeconds = Value(5);
    }

    /// <summary>A subtractive voice's envelopes; its oscillators and filter live in the synthesizer's lanes.</summary>
    public sealed class Voice : SynthVoice
    {
        /// <summary>Creates a voice with a sustained amplitude and a filter envelope that falls to a fifth.</summary>
        public Voice()
        {
            (Amp.DecaySeconds, Amp.SustainLevel) = (0.3f, 0.75f);
            (Modulation.AttackSeconds, Modulation.DecaySeconds, Modulation.SustainLevel, Modulation.ReleaseSeconds) = (0.003f, 0.4f, 0.2f, 0.3f);
        }
    }
}
