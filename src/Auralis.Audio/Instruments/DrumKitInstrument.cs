using Auralis.Audio.Processing;
using Auralis.Music.Randomness;

namespace Auralis.Audio.Instruments;

/// <summary>Synthesized drums for the percussion voice: kick, snare, clap and hi-hats on their General MIDI pitches.</summary>
/// <remarks>
/// Every drum is made here, with no samples: the kick is a sine swept from 150 Hz down to 48 Hz with a fast decay;
/// the snare mixes a 185 Hz tone with noise; the clap is three quick noise bursts and a tail; the hats are noise
/// through two high-pass stages, the closed hat short and choking the open one. Pitch 36 is the kick, 38 the snare,
/// 39 the clap, 42 the closed hat and 46 the open hat; other pitches play the nearest of these. Noise comes from the
/// project's seeded generator, so the kit sounds the same on every run.
/// </remarks>
public sealed class DrumKitInstrument : IInstrument
{
    private const int Slots = 12;
    private readonly SeededRandom _noise;
    private readonly DrumKind[] _kind = new DrumKind[Slots];
    private readonly int[] _age = new int[Slots];
    private readonly float[] _velocity = new float[Slots];
    private readonly float[] _phase = new float[Slots];
    private readonly float[] _highPass1 = new float[Slots];
    private readonly float[] _highPass2 = new float[Slots];
    private readonly float[] _lastNoise = new float[Slots];
    private readonly bool[] _active = new bool[Slots];
    private float _sampleRate = 48_000;
    private int _next;

    /// <summary>Creates a kit whose noise is drawn from the stream seeded with <paramref name="seed"/>.</summary>
    public DrumKitInstrument(ulong seed = 0x0D5) => _noise = new SeededRandom(seed);

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
        Reset();
    }

    /// <inheritdoc />
    public void Reset()
    {
        Array.Clear(_active);
        Array.Clear(_highPass1);
        Array.Clear(_highPass2);
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
        _velocity[chosen] = Math.Clamp(velocity, 1, 127) / 127f;
        _highPass1[chosen] = _highPass2[chosen] = _lastNoise[chosen] = 0;
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
            if (_active[slot])
            {
                RenderSlot(slot, left);
            }
        }

        left.CopyTo(right);
    }

    private void RenderSlot(int slot, Span<float> output)
    {
        var rate = _sampleRate;
        var kind = _kind[slot];
        var (age, phase, velocity) = (_age[slot], _phase[slot], _velocity[slot]);
        var (hp1, hp2, lastNoise) = (_highPass1[slot], _highPass2[slot], _lastNoise[slot]);
        var hatCoefficient = MathF.Exp(-2f * MathF.PI * 7000f / rate);
        var length = (int)(LengthSeconds(kind) * rate);
        for (var i = 0; i < output.Length; i++)
        {
            if (age >= length)
            {
                _active[slot] = false;
                break;
            }

            var t = age / rate;
            var noise = (_noise.NextSingle() * 2f) - 1f;
            float sample;
            switch (kind)
            {
                case DrumKind.Kick:
                    var frequency = 48f + (102f * MathF.Exp(-t / 0.035f));
                    phase += frequency / rate;
                    sample = MathF.Sin(2f * MathF.PI * phase) * MathF.Exp(-t / 0.16f);
                    break;
                case DrumKind.Snare:
                    phase += 185f / rate;
                    sample = (0.5f * MathF.Sin(2f * MathF.PI * phase) * MathF.Exp(-t / 0.05f)) + (0.6f * noise * MathF.Exp(-t / 0.07f));
                    break;
                case DrumKind.Clap:
                    var burst = t < 0.03f ? MathF.Exp(-(t % 0.01f) / 0.002f) : MathF.Exp(-(t - 0.03f) / 0.06f);
                    sample = 0.7f * HighPass(noise, ref hp1, ref lastNoise, 0.9f) * burst;
                    break;
                default:
                    var once = HighPass(noise, ref hp1, ref lastNoise, hatCoefficient);
                    var twice = once - hp2;
                    hp2 = once;
                    sample = 0.45f * twice * MathF.Exp(-t / (kind == DrumKind.OpenHat ? 0.12f : 0.018f));
                    break;
            }

            output[i] += sample * velocity;
            age++;
        }

        (_age[slot], _phase[slot]) = (age, phase - MathF.Floor(phase));
        (_highPass1[slot], _highPass2[slot], _lastNoise[slot]) = (Denormals.Flush(hp1), Denormals.Flush(hp2), lastNoise);
    }

    private static float HighPass(float input, ref float state, ref float lastInput, float coefficient)
    {
        state = coefficient * (state + input - lastInput);
        lastInput = input;
        return state;
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
