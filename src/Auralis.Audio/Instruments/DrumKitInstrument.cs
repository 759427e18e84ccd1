using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Auralis.Audio.Filters;
using Auralis.Audio.Oscillators;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments;

/// <summary>Synthesized drums for the percussion voice: kick, snare, clap and hi-hats on their General MIDI pitches.</summary>
/// <remarks>
/// Every drum is made here, with no samples: the kick is a sine swept from 150 Hz down to 48 Hz with a fast decay;
/// the snare mixes a 185 Hz tone with noise; the clap is three quick noise bursts and a tail; the hats are noise
/// through two high-pass stages, the closed hat short and choking the open one. Pitch 36 is the kick, 38 the snare,
/// 39 the clap, 42 the closed hat and 46 the open hat; other pitches play the nearest of these. Decays are one-pole
/// multipliers per sample, and each drum stops once its decay is 60 dB down. Noise comes from the project's seeded
/// generator, so the kit sounds the same on every run.
/// <para>Any drum can be replaced by a recorded sample (<see cref="LoadSample"/>): it is mixed to mono, resampled to
/// the output rate when the kit is prepared, and played once at the hit's velocity, to its end.</para>
/// </remarks>
public sealed class DrumKitInstrument : IInstrument, ISampleSlots
{
    private static readonly string[] SlotNames = ["kick", "snare", "clap", "hat", "openHat"];
    private static readonly int[] SlotPitches = [36, 38, 39, 42, 46];
    private const int Slots = 12;
    private readonly Noise _noise;
    private readonly DrumKind[] _kind = new DrumKind[Slots];
    private readonly int[] _age = new int[Slots];
    private readonly float[] _velocity = new float[Slots];
    private readonly float[] _phase = new float[Slots];
    private readonly float[] _envelopeA = new float[Slots];
    private readonly float[] _envelopeB = new float[Slots];
    private readonly float[] _highPass = new float[Slots];
    private readonly float[] _lastNoise = new float[Slots];
    private readonly bool[] _active = new bool[Slots];
    private readonly HighPassScan _clapHighPass = new(0.9f);
    private float[] _white = [];
    private float[] _filtered = [];
    private float[] _edges = [];
    private float _sampleRate = 48_000;
    private int _next;
    private DecayLanes _kickAmp;
    private DecayLanes _kickSweep;
    private DecayLanes _snareTone;
    private DecayLanes _snareNoise;
    private float _clapBurstDecay;
    private DecayLanes _clapTail;
    private DecayLanes _openHat;
    private DecayLanes _closedHat;
    private HighPassScan _hatHighPass;
    private readonly float[] _laneA = new float[Vector<float>.Count];
    private readonly float[] _laneB = new float[Vector<float>.Count];
    private float _kickSweepSum;
    private readonly SampleData?[] _samples = new SampleData?[SlotNames.Length];
    private readonly float[]?[] _sampled = new float[]?[SlotNames.Length];
    private bool _prepared;

    /// <summary>Creates a kit whose noise is drawn from the stream seeded with <paramref name="seed"/>.</summary>
    public DrumKitInstrument(ulong seed = 0x0D5)
    {
        _noise = new Noise(seed);
        PrepareCoefficients();
    }

    private enum DrumKind
    {
        Kick,
        Snare,
        Clap,
        ClosedHat,
        OpenHat,
    }

    /// <inheritdoc />
    public string Name => "drums";

    /// <summary>The kit's drums, which are also the slots a sample can fill: "kick", "snare", "clap", "hat" (closed) and "openHat".</summary>
    public static IReadOnlyList<string> Drums => SlotNames;

    /// <inheritdoc cref="Drums" />
    public IReadOnlyList<string> SampleSlots => SlotNames;

    /// <summary>The General MIDI pitch that strikes <paramref name="drum"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="drum"/> is not one of <see cref="Drums"/>.</exception>
    public static int PitchOf(string drum) => SlotPitches[IndexOf(drum)];

    /// <inheritdoc />
    public void LoadSample(string slot, SampleData sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var index = IndexOf(slot);
        _samples[index] = sample;
        // Before the kit is prepared, Prepare fits the sample to the output rate it learns then.
        _sampled[index] = _prepared ? Fit(sample, (int)_sampleRate) : null;
    }

    private static int IndexOf(string slot)
    {
        var index = Array.IndexOf(SlotNames, slot);
        return index >= 0
            ? index
            : throw new ArgumentException($"The drum kit has no slot '{slot}'; its slots are {string.Join(", ", SlotNames)}.", nameof(slot));
    }

    /// <inheritdoc />
    public int ActiveVoices
    {
        get
        {
            var active = 0;
            foreach (var on in _active)
            {
                active += on ? 1 : 0;
            }

            return active;
        }
    }

    /// <inheritdoc />
    public void Prepare(in AudioSpec spec)
    {
        spec.Validate();
        _sampleRate = spec.SampleRate;
        // The noise and its filtered form keep the frame before the block at index 0.
        _white = new float[spec.MaxBlockFrames + 1];
        _filtered = new float[spec.MaxBlockFrames + 1];
        _edges = new float[spec.MaxBlockFrames];
        PrepareCoefficients();
        for (var i = 0; i < _samples.Length; i++)
        {
            _sampled[i] = _samples[i] is { } sample ? Fit(sample, spec.SampleRate) : null;
        }

        _prepared = true;

        Reset();
    }

    /// <inheritdoc />
    public void Reset()
    {
        Array.Clear(_active);
        Array.Clear(_highPass);
        Array.Clear(_lastNoise);
    }

    /// <inheritdoc />
    public void NoteOn(int pitch, int velocity)
    {
        var kind = KindOf(pitch);
        if (kind == DrumKind.ClosedHat)
        {
            for (var slot = 0; slot < Slots; slot++)
            {
                _active[slot] &= _kind[slot] != DrumKind.OpenHat;
            }
        }

        var chosen = _next;
        _next = (_next + 1) % Slots;
        _kind[chosen] = kind;
        _age[chosen] = 0;
        _phase[chosen] = 0;
        _envelopeA[chosen] = _envelopeB[chosen] = 1f;
        _velocity[chosen] = Math.Clamp(velocity, 1, 127) / 127f;
        _highPass[chosen] = _lastNoise[chosen] = 0;
        _active[chosen] = true;
    }

    /// <inheritdoc />
    public void NoteOff(int pitch)
    {
        // Drums ring out: a note-off does not cut them.
    }

    /// <inheritdoc />
    public void AllNotesOff() => Array.Clear(_active);

    /// <inheritdoc />
    public void Render(Span<float> left, Span<float> right)
    {
        left.Clear();
        for (var slot = 0; slot < Slots; slot++)
        {
            if (!_active[slot])
            {
                continue;
            }

            var sampled = _sampled[(int)_kind[slot]];
            var length = sampled?.Length ?? (int)(LengthSeconds(_kind[slot]) * _sampleRate);
            var frames = Math.Min(left.Length, length - _age[slot]);
            var output = left[..Math.Max(0, frames)];
            if (sampled is not null)
            {
                SampleMath.AddScaled(sampled.AsSpan(_age[slot], output.Length), _velocity[slot], output);
            }
            else
            {
                Synthesize(slot, output);
            }

            _age[slot] += output.Length;
            _active[slot] = _age[slot] < length;
        }

        left.CopyTo(right);
    }

    private void Synthesize(int slot, Span<float> output)
    {
        switch (_kind[slot])
        {
            case DrumKind.Kick:
                Kick(slot, output);
                break;
            case DrumKind.Snare:
                Snare(slot, output);
                break;
            case DrumKind.Clap:
                Clap(slot, output);
                break;
            default:
                Hat(slot, output);
                break;
        }
    }

    // A sample as the kit plays it: one channel (the mean of its channels) at the output rate, linearly interpolated.
    private static float[] Fit(SampleData sample, int outputRate)
    {
        var step = sample.SampleRate / (double)outputRate;
        var frames = Math.Max(1, (int)Math.Floor((sample.Frames - 1) / step) + 1);
        var fitted = new float[frames];
        var gain = 1f / sample.Channels.Count;
        for (var i = 0; i < frames; i++)
        {
            var position = i * step;
            var index = (int)position;
            var fraction = (float)(position - index);
            var next = Math.Min(index + 1, sample.Frames - 1);
            var sum = 0f;
            foreach (var channel in sample.Channels)
            {
                sum += channel[index] + ((channel[next] - channel[index]) * fraction);
            }

            fitted[i] = sum * gain;
        }

        return fitted;
    }

    // The next frames of the kit's noise stream, drawn a block at a time (in the same order as one draw per sample).
    private ReadOnlySpan<float> NextNoise(int frames)
    {
        var noises = _white.AsSpan(1, frames);
        _noise.RenderWhite(noises);
        return noises;
    }

    // The slot's next frames of noise through a one-pole high-pass; index 0 of the result is the output before them.
    private ReadOnlySpan<float> HighPassedNoise(int slot, int frames, HighPassScan highPass)
    {
        NextNoise(frames);
        (_white[0], _filtered[0]) = (_lastNoise[slot], _highPass[slot]);
        var filtered = _filtered.AsSpan(0, frames + 1);
        var last = highPass.Process(_white.AsSpan(0, frames + 1), filtered, UseScalarReference);
        (_highPass[slot], _lastNoise[slot]) = (Denormals.Flush(last), _white[frames]);
        return filtered;
    }

    private float Decay(float seconds) => MathF.Exp(-1f / (seconds * _sampleRate));

    // The decays depend only on the sample rate: work them out once, not for every drum in every block.
    [MemberNotNull(nameof(_kickAmp), nameof(_kickSweep), nameof(_snareTone), nameof(_snareNoise))]
    [MemberNotNull(nameof(_clapTail), nameof(_openHat), nameof(_closedHat), nameof(_hatHighPass))]
    private void PrepareCoefficients()
    {
        (_kickAmp, _kickSweep) = (new DecayLanes(Decay(0.16f)), new DecayLanes(Decay(0.035f)));
        (_snareTone, _snareNoise) = (new DecayLanes(Decay(0.05f)), new DecayLanes(Decay(0.07f)));
        (_clapBurstDecay, _clapTail) = (Decay(0.002f), new DecayLanes(Decay(0.06f)));
        (_openHat, _closedHat) = (new DecayLanes(Decay(0.12f)), new DecayLanes(Decay(0.018f)));
        _hatHighPass = new HighPassScan(MathF.Exp(-2f * MathF.PI * 7000f / _sampleRate));
        _kickSweepSum = 1f / (1f - _kickSweep.PerFrame);
    }

    /// <summary>Renders every drum with its plain per-lane loops only: the reference the tests hold the vector loops to.</summary>
    internal bool UseScalarReference { get; init; }

    // The kick in closed form, so that no frame waits on the one before and eight frames go in one vector: frame i of
    // the block has amp₀·aⁱ and sweep₀·sⁱ (the powers advance by a⁸ and s⁸ per vector), and its phase is the block's
    // first plus the sum of the increments up to it, (48·(i+1) + 102·sweep₀·(1 − sⁱ⁺¹)/(1 − s)) / rate, a geometric
    // series. The scalar loop below does the same per lane and renders what is left after the whole vectors.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Kick(int slot, Span<float> output)
    {
        var lanes = Vector<float>.Count;
        var (amp, sweep, phase) = (_envelopeA[slot], _envelopeB[slot], _phase[slot]);
        var gain = _velocity[slot];
        var perSample = 1f / _sampleRate;
        var (ampDecay, ampStride) = (_kickAmp.PerFrame, _kickAmp.Stride);
        var (sweepDecay, sweepStride) = (_kickSweep.PerFrame, _kickSweep.Stride);
        var vectors = UseScalarReference || !Vector.IsHardwareAccelerated ? 0 : output.Length / lanes;
        var amps = new Vector<float>(amp) * _kickAmp.Powers;
        var sweeps = new Vector<float>(sweep) * _kickSweep.Powers;
        var outputs = MemoryMarshal.Cast<float, Vector<float>>(output);
        var frame = Vector.ConvertToSingle(Vector<int>.Indices + Vector<int>.One);
        var (lastAmps, lastSweeps, lastPhases) = (amps, sweeps, Vector<float>.Zero);
        for (var v = 0; v < vectors; v++)
        {
            var next = sweeps * new Vector<float>(sweepDecay);
            var phases = new Vector<float>(phase) + (((new Vector<float>(48f) * frame) + (new Vector<float>(102f) * ((new Vector<float>(sweep) - next) * new Vector<float>(_kickSweepSum)))) * new Vector<float>(perSample));
            outputs[v] += SinePolynomial.Sin(phases - Vector.Floor(phases)) * amps * new Vector<float>(gain);
            (lastAmps, lastSweeps, lastPhases) = (amps, sweeps, phases);
            amps *= new Vector<float>(ampStride);
            sweeps *= new Vector<float>(sweepStride);
            frame += new Vector<float>(lanes);
        }

        var laneAmps = _laneA.AsSpan();
        var laneSweeps = _laneB.AsSpan();
        amps.CopyTo(laneAmps);
        sweeps.CopyTo(laneSweeps);
        var (lastAmp, lastSweep, lastPhase) = (amp, sweep, phase);
        for (var i = vectors * lanes; i < output.Length; i += lanes)
        {
            for (var lane = 0; lane < lanes && i + lane < output.Length; lane++)
            {
                var next = laneSweeps[lane] * sweepDecay;
                lastPhase = phase + (((48f * (i + lane + 1)) + (102f * ((sweep - next) * _kickSweepSum))) * perSample);
                output[i + lane] += SinePolynomial.Sin(lastPhase - MathF.Floor(lastPhase)) * laneAmps[lane] * gain;
                (lastAmp, lastSweep) = (laneAmps[lane], laneSweeps[lane]);
                laneAmps[lane] *= ampStride;
                laneSweeps[lane] *= sweepStride;
            }
        }

        if (vectors * lanes == output.Length && vectors > 0)
        {
            // The block's last frame was the vector loop's, in its last lane.
            (lastAmp, lastSweep, lastPhase) = (lastAmps[lanes - 1], lastSweeps[lanes - 1], lastPhases[lanes - 1]);
        }

        if (output.Length > 0)
        {
            (_envelopeA[slot], _envelopeB[slot], _phase[slot]) = (lastAmp * ampDecay, lastSweep * sweepDecay, lastPhase - MathF.Floor(lastPhase));
        }
    }

    // The snare in closed form, like the kick: frame i of the block has tone₀·tⁱ and noise₀·nⁱ and the phase
    // phase₀ + (i+1)·step (wrapped), so eight frames go in one vector; the scalar loop does the same per lane.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Snare(int slot, Span<float> output)
    {
        var lanes = Vector<float>.Count;
        var (tone, noise, phase) = (_envelopeA[slot], _envelopeB[slot], _phase[slot]);
        var gain = _velocity[slot];
        var step = 185f / _sampleRate;
        var noises = NextNoise(output.Length);
        var (toneStride, noiseStride) = (_snareTone.Stride, _snareNoise.Stride);
        var vectors = UseScalarReference || !Vector.IsHardwareAccelerated ? 0 : output.Length / lanes;
        var tones = new Vector<float>(tone) * _snareTone.Powers;
        var levels = new Vector<float>(noise) * _snareNoise.Powers;
        var outputs = MemoryMarshal.Cast<float, Vector<float>>(output);
        var whites = MemoryMarshal.Cast<float, Vector<float>>(noises);
        var frame = Vector.ConvertToSingle(Vector<int>.Indices + Vector<int>.One);
        var (lastTones, lastLevels, lastPhases) = (tones, levels, Vector<float>.Zero);
        for (var v = 0; v < vectors; v++)
        {
            var phases = new Vector<float>(phase) + (frame * new Vector<float>(step));
            phases -= Vector.Floor(phases);
            var sine = SinePolynomial.Sin(phases);
            outputs[v] += ((new Vector<float>(0.5f) * sine * tones) + (new Vector<float>(0.6f) * whites[v] * levels)) * new Vector<float>(gain);
            (lastTones, lastLevels, lastPhases) = (tones, levels, phases);
            tones *= new Vector<float>(toneStride);
            levels *= new Vector<float>(noiseStride);
            frame += new Vector<float>(lanes);
        }

        var laneTones = _laneA.AsSpan();
        var laneLevels = _laneB.AsSpan();
        tones.CopyTo(laneTones);
        levels.CopyTo(laneLevels);
        var (lastTone, lastLevel, lastPhase) = (tone, noise, phase);
        for (var i = vectors * lanes; i < output.Length; i += lanes)
        {
            for (var lane = 0; lane < lanes && i + lane < output.Length; lane++)
            {
                lastPhase = phase + ((i + lane + 1) * step);
                lastPhase -= MathF.Floor(lastPhase);
                var sine = SinePolynomial.Sin(lastPhase);
                output[i + lane] += ((0.5f * sine * laneTones[lane]) + (0.6f * noises[i + lane] * laneLevels[lane])) * gain;
                (lastTone, lastLevel) = (laneTones[lane], laneLevels[lane]);
                laneTones[lane] *= toneStride;
                laneLevels[lane] *= noiseStride;
            }
        }

        if (vectors * lanes == output.Length && vectors > 0)
        {
            (lastTone, lastLevel, lastPhase) = (lastTones[lanes - 1], lastLevels[lanes - 1], lastPhases[lanes - 1]);
        }

        if (output.Length > 0)
        {
            (_envelopeA[slot], _envelopeB[slot], _phase[slot]) = (lastTone * _snareTone.PerFrame, lastLevel * _snareNoise.PerFrame, lastPhase);
        }
    }

    // Three bursts of high-passed noise, each decaying fast from full level, then a slower tail: the bursts are a few
    // hundred frames a hit and run frame by frame; the tail, most of the clap, is a decay in closed form.
    private void Clap(int slot, Span<float> output)
    {
        var filtered = HighPassedNoise(slot, output.Length, _clapHighPass)[1..];
        var burstPeriod = (int)(0.01f * _sampleRate);
        var gain = _velocity[slot] * 0.7f;
        var (burst, age) = (_envelopeA[slot], _age[slot]);
        var bursts = Math.Clamp((3 * burstPeriod) - age, 0, output.Length);
        for (var i = 0; i < bursts; i++, age++)
        {
            burst = age % burstPeriod == 0 ? 1f : burst;
            output[i] += filtered[i] * burst * gain;
            burst *= _clapBurstDecay;
        }

        // The tail's level stays at full through the bursts, and decays from the first frame after them.
        _envelopeA[slot] = burst;
        _envelopeB[slot] = _clapTail.AddDecaying(filtered[bursts..], output[bursts..], _envelopeB[slot], gain, UseScalarReference);
    }

    // Noise through two high-pass stages: the one-pole at 7 kHz, then its difference, which tilts it further up.
    private void Hat(int slot, Span<float> output)
    {
        var filtered = HighPassedNoise(slot, output.Length, _hatHighPass);
        var edges = _edges.AsSpan(0, output.Length);
        SampleMath.Difference(filtered, edges);
        var decay = _kind[slot] == DrumKind.OpenHat ? _openHat : _closedHat;
        _envelopeA[slot] = decay.AddDecaying(edges, output, _envelopeA[slot], _velocity[slot] * 0.45f, UseScalarReference);
    }

    private static DrumKind KindOf(int pitch) => pitch switch
    {
        <= 37 => DrumKind.Kick,
        38 or 40 => DrumKind.Snare,
        39 => DrumKind.Clap,
        <= 44 => DrumKind.ClosedHat,
        _ => DrumKind.OpenHat,
    };

    // Seven time constants: each drum stops once its decay has fallen 60 dB, so the cut is inaudible.
    private static float LengthSeconds(DrumKind kind) => kind switch
    {
        DrumKind.Kick => 7 * 0.16f,
        DrumKind.Snare => 7 * 0.07f,
        DrumKind.Clap => 0.03f + (7 * 0.06f),
        DrumKind.ClosedHat => 7 * 0.018f,
        _ => 7 * 0.12f,
    };
}
