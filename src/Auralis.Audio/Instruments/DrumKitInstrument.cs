using System.Numerics;
using Auralis.Audio.Instruments.Drums;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments;

/// <summary>Synthesized drums for the percussion voice: kick, snare, clap and hi-hats on their General MIDI pitches.</summary>
/// <remarks>
/// The kit is a pool of twelve hits, struck in turn; each hit is rendered by its drum (<see cref="KickDrum"/>,
/// <see cref="SnareDrum"/>, <see cref="ClapDrum"/>, <see cref="HatDrum"/>) or, when a recorded sample fills the drum's
/// slot (<see cref="LoadSample"/>), played from <see cref="DrumSamples"/> once at the hit's velocity, to its end.
/// Pitch 36 is the kick, 38 the snare, 39 the clap, 42 the closed hat and 46 the open hat; other pitches play the
/// nearest of these (<see cref="DrumKinds"/>); a closed hat chokes the open one. Each drum stops once its decay is
/// 60 dB down. Noise comes from the project's seeded generator (<see cref="DrumNoise"/>), so the kit sounds the same
/// on every run.
/// </remarks>
public sealed class DrumKitInstrument : IInstrument, ISampleSlots
{
    private const int Hits = 12;
    private readonly DrumHit[] _hits = new DrumHit[Hits];
    private readonly DrumSamples _samples = new();
    private readonly DrumNoise _noise;
    private readonly KickDrum _kick;
    private readonly SnareDrum _snare;
    private readonly ClapDrum _clap;
    private readonly HatDrum _hat;
    private float _sampleRate = 48_000;
    private int _next;

    /// <summary>Creates a kit whose noise is drawn from the stream seeded with <paramref name="seed"/>.</summary>
    public DrumKitInstrument(ulong seed = 0x0D5)
        : this(seed, Vector.IsHardwareAccelerated)
    {
    }

    /// <summary>
    /// Creates a kit whose drums render eight frames a vector when <paramref name="vectors"/> (the hardware accelerates
    /// vectors), and lane by lane otherwise (the loops that also render what is left after the whole vectors); the tests
    /// hold the two to each other.
    /// </summary>
    internal DrumKitInstrument(ulong seed, bool vectors)
    {
        _noise = new DrumNoise(seed);
        _kick = new KickDrum(vectors);
        (_snare, _clap, _hat) = (new SnareDrum(_noise, vectors), new ClapDrum(_noise, vectors), new HatDrum(_noise, vectors));
        for (var i = 0; i < Hits; i++)
        {
            _hits[i] = new DrumHit();
        }

        PrepareDrums();
    }

    /// <inheritdoc />
    public string Name => "drums";

    /// <summary>The kit's drums, which are also the slots a sample can fill: "kick", "snare", "clap", "hat" (closed) and "openHat".</summary>
    public static IReadOnlyList<string> Drums => DrumSamples.Names;

    /// <inheritdoc cref="Drums" />
    public IReadOnlyList<string> SampleSlots => DrumSamples.Names;

    /// <summary>The General MIDI pitch that strikes <paramref name="drum"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="drum"/> is not one of <see cref="Drums"/>.</exception>
    public static int PitchOf(string drum) => DrumSamples.Pitches[DrumSamples.IndexOf(drum)];

    /// <inheritdoc />
    public void LoadSample(string slot, SampleData sample) => _samples.Load(slot, sample);

    /// <inheritdoc />
    public int ActiveVoices
    {
        get
        {
            var active = 0;
            foreach (var hit in _hits)
            {
                active += hit.Active ? 1 : 0;
            }

            return active;
        }
    }

    /// <inheritdoc />
    public void Prepare(in AudioSpec spec)
    {
        spec.Validate();
        _sampleRate = spec.SampleRate;
        _noise.Prepare(spec.MaxBlockFrames);
        PrepareDrums();
        _samples.Prepare(spec.SampleRate);
        Reset();
    }

    /// <inheritdoc />
    public void Reset()
    {
        foreach (var hit in _hits)
        {
            (hit.Active, hit.HighPass, hit.LastNoise) = (false, 0, 0);
        }
    }

    /// <inheritdoc />
    public void NoteOn(int pitch, int velocity)
    {
        var kind = DrumKinds.Of(pitch);
        if (kind == DrumKind.ClosedHat)
        {
            foreach (var hit in _hits)
            {
                hit.Active &= hit.Kind != DrumKind.OpenHat;
            }
        }

        _hits[_next].Strike(kind, velocity);
        _next = (_next + 1) % Hits;
    }

    /// <inheritdoc />
    public void NoteOff(int pitch)
    {
        // Drums ring out: a note-off does not cut them.
    }

    /// <inheritdoc />
    public void AllNotesOff()
    {
        foreach (var hit in _hits)
        {
            hit.Active = false;
        }
    }

    /// <inheritdoc />
    public void Render(Span<float> left, Span<float> right)
    {
        left.Clear();
        foreach (var hit in _hits)
        {
            if (!hit.Active)
            {
                continue;
            }

            var sampled = _samples.For(hit.Kind);
            var length = sampled?.Length ?? (int)(DrumKinds.LengthSeconds(hit.Kind) * _sampleRate);
            var frames = Math.Min(left.Length, length - hit.Age);
            var output = left[..Math.Max(0, frames)];
            if (sampled is not null)
            {
                SampleMath.AddScaled(sampled.AsSpan(hit.Age, output.Length), hit.Velocity, output);
            }
            else
            {
                Synthesize(hit, output);
            }

            hit.Age += output.Length;
            hit.Active = hit.Age < length;
        }

        left.CopyTo(right);
    }

    private void Synthesize(DrumHit hit, Span<float> output)
    {
        switch (hit.Kind)
        {
            case DrumKind.Kick:
                _kick.Render(hit, output);
                break;
            case DrumKind.Snare:
                _snare.Render(hit, output);
                break;
            case DrumKind.Clap:
                _clap.Render(hit, output);
                break;
            default:
                _hat.Render(hit, output);
                break;
        }
    }

    // The decays depend only on the sample rate: work them out once, not for every drum in every block.
    private void PrepareDrums()
    {
        _kick.Prepare(_sampleRate);
        _snare.Prepare(_sampleRate);
        _clap.Prepare(_sampleRate);
        _hat.Prepare(_sampleRate);
    }
}
