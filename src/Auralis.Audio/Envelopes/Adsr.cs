using System.Runtime.CompilerServices;

namespace Auralis.Audio.Envelopes;

/// <summary>An attack–decay–sustain–release envelope, sample-accurate, for a voice's level or a filter's sweep.</summary>
/// <remarks>
/// The attack rises linearly and reaches 1.0 exactly <c>round(attack × rate)</c> samples after the note-on; decay and
/// release fall exponentially (one-pole towards a target a little beyond the goal, so each stage ends in finite time
/// and sounds natural). A retrigger starts the attack from the current level, so a repeated note never clicks.
/// </remarks>
public sealed class Adsr
{
    private const float Overshoot = 0.001f;
    private float _sampleRate = 48_000;
    private Stage _stage = Stage.Idle;
    private float _attackStep;
    private float _decayCoefficient;
    private float _releaseCoefficient;

    /// <summary>The envelope's stages.</summary>
    public enum Stage
    {
        /// <summary>Silent.</summary>
        Idle,
        /// <summary>Rising to 1.</summary>
        Attack,
        /// <summary>Falling to the sustain level.</summary>
        Decay,
        /// <summary>Holding the sustain level.</summary>
        Sustain,
        /// <summary>Falling to 0 after the note-off.</summary>
        Release,
    }

    /// <summary>Attack time in seconds.</summary>
    public float AttackSeconds { get; set; } = 0.005f;

    /// <summary>Decay time in seconds (to within 0.1 % of the sustain level).</summary>
    public float DecaySeconds { get; set; } = 0.2f;

    /// <summary>Sustain level, 0..1.</summary>
    public float SustainLevel { get; set; } = 0.7f;

    /// <summary>Release time in seconds (to silence).</summary>
    public float ReleaseSeconds { get; set; } = 0.25f;

    /// <summary>The current level, 0..1.</summary>
    public float Level { get; private set; }

    /// <summary>The current stage.</summary>
    public Stage Current => _stage;

    /// <summary>True until the release has finished.</summary>
    public bool IsActive => _stage != Stage.Idle;

    /// <summary>Sets the sample rate.</summary>
    public void Prepare(float sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        _sampleRate = sampleRate;
        Reset();
    }

    /// <summary>Silences the envelope at once.</summary>
    public void Reset()
    {
        _stage = Stage.Idle;
        Level = 0;
    }

    /// <summary>Starts (or restarts) the attack from the current level.</summary>
    public void NoteOn()
    {
        var attackSamples = MathF.Max(1, MathF.Round(AttackSeconds * _sampleRate));
        _attackStep = 1f / attackSamples;
        _decayCoefficient = Coefficient(DecaySeconds);
        _releaseCoefficient = Coefficient(ReleaseSeconds);
        _stage = Stage.Attack;
    }

    /// <summary>Starts the release from the current level.</summary>
    public void NoteOff()
    {
        if (_stage != Stage.Idle)
        {
            _releaseCoefficient = Coefficient(ReleaseSeconds);
            _stage = Stage.Release;
        }
    }

    /// <summary>The level for the next sample.</summary>
    public float Next()
    {
        switch (_stage)
        {
            case Stage.Attack:
                Level += _attackStep;
                if (Level >= 1f - 1e-6f)
                {
                    Level = 1f;
                    _stage = Stage.Decay;
                }

                break;
            case Stage.Decay:
                var sustain = Math.Clamp(SustainLevel, 0f, 1f);
                Level = sustain - Overshoot + ((Level - sustain + Overshoot) * _decayCoefficient);
                if (Level <= sustain)
                {
                    Level = sustain;
                    _stage = sustain > 0 ? Stage.Sustain : Stage.Idle;
                }

                break;
            case Stage.Sustain:
                Level = Math.Clamp(SustainLevel, 0f, 1f);
                break;
            case Stage.Release:
                Level = -Overshoot + ((Level + Overshoot) * _releaseCoefficient);
                if (Level <= 0)
                {
                    Level = 0;
                    _stage = Stage.Idle;
                }

                break;
        }

        return Level;
    }

    /// <summary>
    /// While the envelope holds its sustain level, moves it on by a block without filling one: true, with the level
    /// every frame of the block has (what <see cref="Render"/> would fill). Otherwise false, and nothing moves.
    /// </summary>
    public bool TryHold(out float level)
    {
        if (_stage != Stage.Sustain)
        {
            level = Level;
            return false;
        }

        level = Level = Math.Clamp(SustainLevel, 0f, 1f);
        return true;
    }

    /// <summary>
    /// Fills <paramref name="levels"/> with the next levels: the same values as calling <see cref="Next"/> once per
    /// sample, computed stage by stage with the state in locals.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Render(Span<float> levels)
    {
        var i = 0;
        var level = Level;
        while (i < levels.Length)
        {
            switch (_stage)
            {
                case Stage.Idle:
                    levels[i..].Clear();
                    Level = 0;
                    return;
                case Stage.Sustain:
                    levels[i..].Fill(level = Math.Clamp(SustainLevel, 0f, 1f));
                    Level = level;
                    return;
                case Stage.Attack:
                    var step = _attackStep;
                    for (; i < levels.Length; i++)
                    {
                        level += step;
                        if (level >= 1f - 1e-6f)
                        {
                            levels[i++] = level = 1f;
                            _stage = Stage.Decay;
                            break;
                        }

                        levels[i] = level;
                    }

                    break;
                case Stage.Decay:
                    var sustain = Math.Clamp(SustainLevel, 0f, 1f);
                    var target = sustain - Overshoot;
                    var decay = _decayCoefficient;
                    for (; i < levels.Length; i++)
                    {
                        level = target + ((level - target) * decay);
                        if (level <= sustain)
                        {
                            levels[i++] = level = sustain;
                            _stage = sustain > 0 ? Stage.Sustain : Stage.Idle;
                            break;
                        }

                        levels[i] = level;
                    }

                    break;
                default:
                    var release = _releaseCoefficient;
                    for (; i < levels.Length; i++)
                    {
                        level = -Overshoot + ((level + Overshoot) * release);
                        if (level <= 0)
                        {
                            levels[i++] = level = 0;
                            _stage = Stage.Idle;
                            break;
                        }

                        levels[i] = level;
                    }

                    break;
            }
        }

        Level = level;
    }

    // A one-pole that falls from 1 + overshoot to the overshoot (about −60 dB) in the given time.
    private float Coefficient(float seconds) =>
        MathF.Exp(MathF.Log(Overshoot / (1 + Overshoot)) / MathF.Max(1, seconds * _sampleRate));
}
