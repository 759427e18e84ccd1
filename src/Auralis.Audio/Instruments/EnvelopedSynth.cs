using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments;

/// <summary>
/// What every polyphonic synthesizer of Auralis shares: a fixed pool of voices with amplitude and modulation envelopes,
/// allocation with oldest-first stealing, and normalized parameters.
/// </summary>
/// <remarks>A subclass says how a note starts on a voice (<see cref="Start"/>) and how the voices render (<see cref="Render"/>).</remarks>
public abstract class EnvelopedSynth<TVoice> : IInstrument, IParameterized
    where TVoice : SynthVoice, new()
{
    private readonly VoiceAllocator _allocator;
    private readonly Func<int, bool> _isSilent;
    private readonly float[] _values;
    private readonly float[] _display;

    /// <summary>Creates the voice pool and sets every parameter to its default.</summary>
    protected EnvelopedSynth(int voices, IReadOnlyList<ParameterInfo> definitions)
    {
        Voices = Enumerable.Range(0, voices).Select(_ => new TVoice()).ToArray();
        _allocator = new VoiceAllocator(voices);
        _isSilent = voice => !Voices[voice].Amp.IsActive;
        Parameters = definitions;
        _values = definitions.Select(p => p.ToNormalized(p.Default)).ToArray();
        _display = definitions.Select((p, i) => p.FromNormalized(_values[i])).ToArray();
    }

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public IReadOnlyList<ParameterInfo> Parameters { get; }

    /// <summary>The voice pool.</summary>
    protected TVoice[] Voices { get; }

    /// <summary>The sample rate the synthesizer was prepared for.</summary>
    protected float SampleRate { get; private set; } = 48_000;

    /// <inheritdoc />
    public int ActiveVoices
    {
        get
        {
            var active = 0;
            foreach (var voice in Voices)
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
        SampleRate = spec.SampleRate;
        foreach (var voice in Voices)
        {
            voice.Amp.Prepare(SampleRate);
            voice.Modulation.Prepare(SampleRate);
            voice.Prepare(SampleRate);
        }

        OnPrepare(spec);
        Reset();
    }

    /// <inheritdoc />
    public void Reset()
    {
        foreach (var voice in Voices)
        {
            voice.Amp.Reset();
            voice.Modulation.Reset();
            voice.Reset();
        }

        _allocator.ReleaseAll();
        OnReset();
    }

    /// <inheritdoc />
    public void NoteOn(int pitch, int velocity)
    {
        var voice = Voices[_allocator.Allocate(pitch, _isSilent)];
        voice.Velocity = Math.Clamp(velocity, 1, 127) / 127f;
        Start(voice, 440.0 * Math.Pow(2, (pitch - 69) / 12.0));
        voice.Amp.NoteOn();
        voice.Modulation.NoteOn();
    }

    /// <inheritdoc />
    public void NoteOff(int pitch)
    {
        var index = _allocator.Release(pitch);
        if (index >= 0)
        {
            Voices[index].Amp.NoteOff();
            Voices[index].Modulation.NoteOff();
        }
    }

    /// <inheritdoc />
    public void AllNotesOff()
    {
        _allocator.ReleaseAll();
        foreach (var voice in Voices)
        {
            voice.Amp.NoteOff();
            voice.Modulation.NoteOff();
        }
    }

    /// <inheritdoc />
    public abstract void Render(Span<float> left, Span<float> right);

    /// <inheritdoc />
    public void SetNormalized(int index, float normalized)
    {
        _values[index] = Math.Clamp(normalized, 0f, 1f);
        _display[index] = Parameters[index].FromNormalized(_values[index]);
    }

    /// <inheritdoc />
    public float GetNormalized(int index) => _values[index];

    /// <summary>Allocates the subclass's block buffers (voices and envelopes are prepared already).</summary>
    protected virtual void OnPrepare(in AudioSpec spec)
    {
    }

    /// <summary>Clears whatever state the subclass keeps outside its voices (called after the voices are reset).</summary>
    protected virtual void OnReset()
    {
    }

    /// <summary>Sets a voice up for a note of <paramref name="hertz"/> (its velocity is set; the envelopes start after).</summary>
    protected abstract void Start(TVoice voice, double hertz);

    /// <summary>The display value of parameter <paramref name="index"/> (mapped when it is set, not every block).</summary>
    protected float Value(int index) => _display[index];
}
