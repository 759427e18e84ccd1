using System.Runtime.CompilerServices;
using Auralis.Audio.Envelopes;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments;

/// <summary>A polyphonic two-operator FM synthesizer: a modulator at a ratio of the note's frequency bends a carrier's phase.</summary>
/// <remarks>
/// The modulation index follows its own envelope, so notes start bright and mellow as they sound (the classic electric
/// piano and bell behaviour); velocity scales the index too. Sines come from <see cref="Oscillators.SineTable"/>, which
/// keeps the inner loop cheap enough for many voices.
/// </remarks>
public sealed class FmSynth : IInstrument, IParameterized
{
    private readonly Voice[] _voices;
    private readonly VoiceAllocator _allocator;
    private readonly Func<int, bool> _isSilent;
    private readonly float[] _values;
    private float[] _amp = [];
    private float[] _brightness = [];
    private float _sampleRate = 48_000;

    /// <summary>Creates a synthesizer with <paramref name="voices"/> voices.</summary>
    public FmSynth(int voices = 16)
    {
        _voices = Enumerable.Range(0, voices).Select(_ => new Voice()).ToArray();
        _allocator = new VoiceAllocator(voices);
        _isSilent = voice => !_voices[voice].Amp.IsActive;
        _values = Definitions.Select(p => p.ToNormalized(p.Default)).ToArray();
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
    public IReadOnlyList<ParameterInfo> Parameters => Definitions;

    /// <inheritdoc />
    public string Name => "fm";

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
        (_amp, _brightness) = (new float[spec.MaxBlockFrames], new float[spec.MaxBlockFrames]);
        foreach (var voice in _voices)
        {
            voice.Amp.Prepare(_sampleRate);
            voice.Brightness.Prepare(_sampleRate);
        }

        Reset();
    }

    /// <inheritdoc />
    public void Reset()
    {
        foreach (var voice in _voices)
        {
            voice.Amp.Reset();
            voice.Brightness.Reset();
        }

        _allocator.ReleaseAll();
    }

    /// <inheritdoc />
    public void NoteOn(int pitch, int velocity)
    {
        var voice = _voices[_allocator.Allocate(pitch, _isSilent)];
        var hertz = 440.0 * Math.Pow(2, (pitch - 69) / 12.0);
        voice.CarrierIncrement = (float)(hertz / _sampleRate);
        voice.ModulatorIncrement = (float)(hertz * Value(0) / _sampleRate);
        voice.CarrierPhase = voice.ModulatorPhase = 0;
        voice.Velocity = Math.Clamp(velocity, 1, 127) / 127f;
        voice.Amp.AttackSeconds = Value(3);
        voice.Amp.ReleaseSeconds = Value(4);
        voice.Brightness.DecaySeconds = Value(2);
        voice.Amp.NoteOn();
        voice.Brightness.NoteOn();
    }

    /// <inheritdoc />
    public void NoteOff(int pitch)
    {
        var index = _allocator.Release(pitch);
        if (index >= 0)
        {
            _voices[index].Amp.NoteOff();
            _voices[index].Brightness.NoteOff();
        }
    }

    /// <inheritdoc />
    public void AllNotesOff()
    {
        _allocator.ReleaseAll();
        foreach (var voice in _voices)
        {
            voice.Amp.NoteOff();
            voice.Brightness.NoteOff();
        }
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Render(Span<float> left, Span<float> right)
    {
        left.Clear();
        var index = Value(1);
        var level = Value(5) * 0.3f;
        var amp = _amp.AsSpan(0, left.Length);
        var brightness = _brightness.AsSpan(0, left.Length);
        foreach (var voice in _voices)
        {
            if (!voice.Amp.IsActive)
            {
                continue;
            }

            voice.Amp.Render(amp);
            voice.Brightness.Render(brightness);

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
    public void SetNormalized(int index, float normalized) => _values[index] = Math.Clamp(normalized, 0f, 1f);

    /// <inheritdoc />
    public float GetNormalized(int index) => _values[index];

    private float Value(int index) => Definitions[index].FromNormalized(_values[index]);

    private static float Sine(float phase) => Oscillators.SineTable.Sin(phase);

    private sealed class Voice
    {
        public Adsr Amp { get; } = new() { DecaySeconds = 1.2f, SustainLevel = 0.5f };

        public Adsr Brightness { get; } = new() { AttackSeconds = 0.001f, SustainLevel = 0.15f, ReleaseSeconds = 0.3f };

        public float CarrierPhase { get; set; }

        public float ModulatorPhase { get; set; }

        public float CarrierIncrement { get; set; }

        public float ModulatorIncrement { get; set; }

        public float Velocity { get; set; }
    }
}
