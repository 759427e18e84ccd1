using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>One sounding zone of a <see cref="SoundFontInstrument"/>: where it reads its sample, its envelope and its filter.</summary>
/// <remarks>
/// A mutable struct kept in the instrument's preallocated pool and worked on by reference; nothing in it allocates. Its
/// note, envelope and pitch oscillators are here; how it reads its sample is in SampledVoice.Read.cs.
/// </remarks>
internal partial struct SampledVoice
{
    // The envelope's floor: SF2 times its decay and release as a fall of 100 dB.
    private const float Silent = 1e-5f;

    // A voice that has fallen under this level at the output (its zone's gain and velocity included) can no longer be
    // heard and ends: 90 dB under full scale, FluidSynth's noise floor.
    private const float Inaudible = 3e-5f;

    public bool Active;
    public bool Held;
    public int Key;
    public long Serial;
    public int Group;
    public int OffBy;

    private float[] _data;
    private ulong _position;
    private ulong _step;
    private int _end;
    private int _loopStart;
    private int _loopEnd;
    private ZoneLoop _loop;

    // The pitch's oscillators: the step without them, the frames since the note started, and the rate.
    private PitchLfo _vibrato;
    private PitchLfo _modulationLfo;
    private double _baseStep;
    private long _age;
    private double _sampleRate;

    /// <summary>The zone's level and velocity curve, panned: what the enveloped sample is scaled by for each channel.</summary>
    public float GainLeft;

    /// <summary>The right channel's gain (see <see cref="GainLeft"/>).</summary>
    public float GainRight;

    /// <summary>The zone's low-pass filter and its state; the identity (b0 = 1) when the zone is not filtered.</summary>
    public LowPass Filter;

    // The modulation envelope and the depths of the modulation (SampledVoice.Modulation.cs); the cutoff the filter has now.
    private ModulationEnvelope _modulationEnvelope;
    private double _envelopeToPitch;
    private double _envelopeToCutoff;
    private double _lfoToCutoff;
    private double _lfoToVolume;
    private double _cutoffCents;
    private double _resonanceDecibels;
    private double _filterCents;
    private bool _modulated;
    private bool _cutoffModulated;

    private EnvelopeStage _stage;
    private float _level;
    private int _counter;
    private int _holdFrames;
    private float _attackStep;
    private float _decayFactor;
    private double _logDecayFactor;

    // The decay's and the release's fall over a whole run of `_fallFrames` frames (nearly every block has the same length).
    private int _fallFrames;
    private float _decayFall;
    private float _releaseFall;
    private float _sustain;
    private float _releaseFactor;

    /// <summary>The envelope's level now: the voice to steal first is the quietest.</summary>
    public readonly float Level => _level;

    /// <summary>Starts <paramref name="zone"/> for <paramref name="key"/> at <paramref name="velocity"/>.</summary>
    public void Start(SampledZone zone, int key, int velocity, long serial, double sampleRate)
    {
        Active = true;
        Held = true;
        Key = key;
        Serial = serial;
        Group = zone.Group;
        OffBy = zone.OffBy;
        _data = zone.Data;
        _position = (ulong)zone.Start << 32;
        _end = zone.End;
        _loopStart = zone.LoopStart;
        _loopEnd = zone.LoopEnd;
        _loop = zone.Loop;

        var pitched = zone.FixedKey >= 0 ? zone.FixedKey : key;
        var step = Math.Pow(2, (pitched - zone.RootKey) * zone.KeyTracking / 12.0) * zone.SampleRate / sampleRate;
        _baseStep = Math.Min(step, 1 << 20) * 4_294_967_296.0;
        _step = Math.Max(1, (ulong)Math.Round(_baseStep));
        (_vibrato, _modulationLfo, _age, _sampleRate) = (zone.Vibrato, zone.ModulationLfo, 0, sampleRate);

        var v = velocity / 127f;
        var gain = zone.Gain * (1f - (zone.VelocityTracking * (1f - (v * v))));
        var angle = (zone.Pan + 1f) * MathF.PI / 4f;
        GainLeft = gain * MathF.Cos(angle);
        GainRight = gain * MathF.Sin(angle);

        var envelope = zone.Envelope;
        _stage = EnvelopeStage.Delay;
        _level = 0;
        _counter = (int)(envelope.DelaySeconds * sampleRate);
        _attackStep = 1f / (float)Math.Max(1, envelope.AttackSeconds * sampleRate);
        _holdFrames = (int)(envelope.HoldFor(pitched) * sampleRate);
        _decayFactor = FallFactor(envelope.DecayFor(pitched), sampleRate);
        _logDecayFactor = Math.Log(_decayFactor);
        _fallFrames = 0;
        _sustain = (float)envelope.SustainLevel;
        _releaseFactor = FallFactor(envelope.ReleaseSeconds, sampleRate);

        StartModulation(zone, pitched, sampleRate);
        Filter = !_cutoffModulated && zone.CutoffHertz > 0 && zone.CutoffHertz < 0.45 * sampleRate
            ? LowPass.Of(zone.CutoffHertz, zone.ResonanceDecibels, sampleRate)
            : LowPass.Identity;
    }

    /// <summary>Lets go of the key: the envelope releases, and a loop that lasts only while the key is held ends.</summary>
    public void Release()
    {
        Held = false;
        _stage = EnvelopeStage.Release;
        _modulationEnvelope.Release();
    }

    /// <summary>Silences the voice within a few milliseconds (a choke group, or a stolen voice's fade).</summary>
    public void Choke(double sampleRate)
    {
        Held = false;
        _stage = EnvelopeStage.Release;
        _releaseFactor = FallFactor(0.005, sampleRate);
        _fallFrames = 0;
        _modulationEnvelope.Release();
    }

    /// <summary>Starts a block of <paramref name="frames"/> frames: runs out the envelope's delay and moves the envelope to the block's end.</summary>
    /// <returns>The first frame of the block that sounds (<paramref name="frames"/> when none does), with the envelope's level
    /// there and its step per frame: the envelope runs at block rate, as FluidSynth's does, and the gain ramps linearly.
    /// The modulation moves the pitch and the cutoff for the block and the modulation oscillator's tremolo rides the ramp.</returns>
    public int BeginBlock(int frames, out float level, out float ramp)
    {
        (level, ramp) = (0f, 0f);
        var envelopeCents = _modulated ? Modulate(frames) : 0;
        if (PitchBent)
        {
            Bend(envelopeCents);
        }

        var started = _age;
        _age += frames;
        var offset = 0;
        if (_stage == EnvelopeStage.Delay)
        {
            offset = Math.Min(frames, _counter);
            _counter -= offset;
            if (_counter > 0)
            {
                return frames;
            }

            _stage = EnvelopeStage.Attack;
        }

        var count = frames - offset;
        if (count == 0)
        {
            return frames;
        }

        level = _level * Tremolo(started + offset);
        ramp = ((Advance(count) * Tremolo(_age)) - level) / count;
        return offset;
    }

    // The oscillators and the modulation envelope (its `envelopeCents`) move the pitch at block rate, as FluidSynth's do:
    // the step is set for the block from their bend at its start.
    private void Bend(double envelopeCents)
    {
        var seconds = _age / _sampleRate;
        var cents = _vibrato.CentsAt(seconds) + _modulationLfo.CentsAt(seconds) + envelopeCents;
        _step = Math.Max(1, (ulong)Math.Round(Math.Min(_baseStep * Math.Pow(2, cents / 1200), (double)(1UL << 52))));
    }

    /// <summary>Ends a block: a voice whose envelope has fallen under what can be heard at the output ends.</summary>
    public void EndBlock()
    {
        Filter.FlushState();
        if (_level * MathF.Max(GainLeft, GainRight) < Inaudible && _stage >= EnvelopeStage.Decay)
        {
            Active = false;
        }
    }

    // Moves the envelope on by `frames` and returns its level there: attack linear, decay and release exponential.
    private float Advance(int frames)
    {
        var level = _level;
        while (frames > 0)
        {
            switch (_stage)
            {
                case EnvelopeStage.Attack:
                    var rising = Math.Min(frames, (int)MathF.Ceiling((1f - level) / _attackStep));
                    level = MathF.Min(1f, level + (rising * _attackStep));
                    frames -= rising;
                    if (level >= 1f)
                    {
                        (_stage, _counter) = (EnvelopeStage.Hold, _holdFrames);
                    }

                    break;
                case EnvelopeStage.Hold:
                    var holding = Math.Min(frames, _counter);
                    (_counter, frames) = (_counter - holding, frames - holding);
                    if (_counter <= 0)
                    {
                        _stage = EnvelopeStage.Decay;
                    }

                    break;
                case EnvelopeStage.Decay:
                    var floor = MathF.Max(_sustain, Silent / 10);
                    KnowFalls(frames);
                    if (level * _decayFall > floor)
                    {
                        // The whole run stays in the decay: the fall over it is known, no logarithm is needed.
                        level *= _decayFall;
                        frames = 0;
                        break;
                    }

                    var falling = level <= floor ? 0 : (int)Math.Min(frames, Math.Ceiling(Math.Log(floor / level) / _logDecayFactor));
                    level *= MathF.Pow(_decayFactor, falling);
                    frames -= falling;
                    if (level <= floor || falling == 0)
                    {
                        (level, _stage) = (MathF.Max(level, _sustain), EnvelopeStage.Sustain);
                    }

                    break;
                case EnvelopeStage.Release:
                    KnowFalls(frames);
                    level *= _releaseFall;
                    frames = 0;
                    break;
                default:
                    frames = 0;
                    break;
            }
        }

        _level = level;
        return level;
    }

    // Works out the decay's and the release's falls over `frames` frames, unless they are known for that many already.
    private void KnowFalls(int frames)
    {
        if (frames != _fallFrames)
        {
            (_fallFrames, _decayFall, _releaseFall) = (frames, MathF.Pow(_decayFactor, frames), MathF.Pow(_releaseFactor, frames));
        }
    }

    // The per-frame factor of a fall of 100 dB over `seconds`.
    private static float FallFactor(double seconds, double sampleRate) =>
        (float)Math.Pow(10, -5.0 / Math.Max(1, seconds * sampleRate));
}
