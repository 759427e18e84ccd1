using System.Runtime.CompilerServices;
using Auralis.Audio.Envelopes;
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
public sealed class SubtractiveSynth : IInstrument, IParameterized
{
    private readonly Voice[] _voices;
    private readonly VoiceAllocator _allocator;
    private readonly Func<int, bool> _isSilent;
    private readonly float[] _values;
    private readonly Lfo _cutoffLfo = new() { Shape = LfoShape.Triangle };
    private float[] _tone = [];
    private float[] _detuned = [];
    private float[] _amp = [];
    private float[] _sweep = [];
    private float _sampleRate = 48_000;

    /// <summary>Creates a synthesizer with <paramref name="voices"/> voices.</summary>
    public SubtractiveSynth(int voices = 16)
    {
        _voices = Enumerable.Range(0, voices).Select(_ => new Voice()).ToArray();
        _allocator = new VoiceAllocator(voices);
        _isSilent = voice => !_voices[voice].Amp.IsActive;
        _values = Definitions.Select(p => p.ToNormalized(p.Default)).ToArray();
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
    public IReadOnlyList<ParameterInfo> Parameters => Definitions;

    /// <inheritdoc />
    public string Name => "subtractive";

    /// <inheritdoc />
    public int ActiveVoices
    {
        get
        {
            var active = 0;
            foreach (var voice in _voices)
            {
                active += voice.Amp.IsActive ? 1 : 0;
            }

            return active;
        }
    }

    /// <inheritdoc />
    public void Prepare(in AudioSpec spec)
    {
        spec.Validate();
        _sampleRate = spec.SampleRate;
        (_tone, _detuned) = (new float[spec.MaxBlockFrames], new float[spec.MaxBlockFrames]);
        (_amp, _sweep) = (new float[spec.MaxBlockFrames], new float[spec.MaxBlockFrames]);
        foreach (var voice in _voices)
        {
            voice.A.Prepare(_sampleRate);
            voice.B.Prepare(_sampleRate);
            voice.Filter.Prepare(_sampleRate);
            voice.Amp.Prepare(_sampleRate);
            voice.FilterEnvelope.Prepare(_sampleRate);
        }

        Reset();
    }

    /// <inheritdoc />
    public void Reset()
    {
        foreach (var voice in _voices)
        {
            voice.Amp.Reset();
            voice.FilterEnvelope.Reset();
            voice.Filter.Reset();
        }

        _allocator.ReleaseAll();
    }

    /// <inheritdoc />
    public void NoteOn(int pitch, int velocity)
    {
        var voice = _voices[_allocator.Allocate(pitch, _isSilent)];
        var hertz = 440.0 * Math.Pow(2, (pitch - 69) / 12.0);
        var waveform = (Waveform)(int)MathF.Round(Value(0));
        voice.A.Waveform = voice.B.Waveform = waveform;
        voice.A.SetFrequency(hertz);
        voice.B.SetFrequency(hertz * Math.Pow(2, Value(6) / 1200.0));
        voice.Velocity = Math.Clamp(velocity, 1, 127) / 127f;
        voice.Amp.AttackSeconds = Value(4);
        voice.Amp.ReleaseSeconds = Value(5);
        voice.Amp.NoteOn();
        voice.FilterEnvelope.NoteOn();
    }

    /// <inheritdoc />
    public void NoteOff(int pitch)
    {
        var index = _allocator.Release(pitch);
        if (index >= 0)
        {
            _voices[index].Amp.NoteOff();
            _voices[index].FilterEnvelope.NoteOff();
        }
    }

    /// <inheritdoc />
    public void AllNotesOff()
    {
        _allocator.ReleaseAll();
        foreach (var voice in _voices)
        {
            voice.Amp.NoteOff();
            voice.FilterEnvelope.NoteOff();
        }
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Render(Span<float> left, Span<float> right)
    {
        left.Clear();
        var frames = left.Length;
        _cutoffLfo.RateHz = Value(8);
        var cutoff = Value(1) * MathF.Pow(2f, 2f * Value(9) * _cutoffLfo.Advance(frames, _sampleRate));
        var resonance = Value(2);
        var envAmount = Value(3);
        var level = Value(7) * 0.3f;
        var tone = _tone.AsSpan(0, frames);
        var detuned = _detuned.AsSpan(0, frames);
        var amp = _amp.AsSpan(0, frames);
        var sweep = _sweep.AsSpan(0, frames);
        foreach (var voice in _voices)
        {
            if (!voice.Amp.IsActive)
            {
                continue;
            }

            voice.A.Render(tone);
            voice.B.Render(detuned);
            voice.Amp.Render(amp);
            voice.FilterEnvelope.Render(sweep);
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
    public void SetNormalized(int index, float normalized) => _values[index] = Math.Clamp(normalized, 0f, 1f);

    /// <inheritdoc />
    public float GetNormalized(int index) => _values[index];

    private float Value(int index) => Definitions[index].FromNormalized(_values[index]);

    private sealed class Voice
    {
        public PolyBlepOscillator A { get; } = new();

        public PolyBlepOscillator B { get; } = new();

        public StateVariableFilter Filter { get; } = new();

        public Adsr Amp { get; } = new() { DecaySeconds = 0.3f, SustainLevel = 0.75f };

        public Adsr FilterEnvelope { get; } = new() { AttackSeconds = 0.003f, DecaySeconds = 0.4f, SustainLevel = 0.2f, ReleaseSeconds = 0.3f };

        public float Velocity { get; set; }
    }
}
