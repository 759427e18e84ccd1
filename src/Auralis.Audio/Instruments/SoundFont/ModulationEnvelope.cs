namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>A sounding voice's modulation envelope (<see cref="ModulationEnvelopeShape"/>), moved on at block rate.</summary>
/// <remarks>Every segment is a straight line, so a whole block's move is worked out at once; nothing here allocates.</remarks>
internal struct ModulationEnvelope
{
    private EnvelopeStage _stage;
    private double _level;
    private long _counter;
    private long _holdFrames;
    private double _attackStep;
    private double _decayStep;
    private double _sustain;
    private double _releaseStep;

    /// <summary>The level now, 0..1.</summary>
    public readonly double Level => _level;

    /// <summary>The envelope of a note on <paramref name="key"/> at its first frame.</summary>
    public static ModulationEnvelope Start(ModulationEnvelopeShape shape, int key, double sampleRate) => new()
    {
        _stage = EnvelopeStage.Delay,
        _counter = (long)(shape.DelaySeconds * sampleRate),
        _attackStep = 1.0 / Math.Max(1, shape.AttackSeconds * sampleRate),
        _holdFrames = (long)(shape.HoldFor(key) * sampleRate),
        _decayStep = 1.0 / Math.Max(1, shape.DecayFor(key) * sampleRate),
        _sustain = Math.Clamp(shape.SustainLevel, 0, 1),
        _releaseStep = 1.0 / Math.Max(1, shape.ReleaseSeconds * sampleRate),
    };

    /// <summary>Lets go of the key: the level falls from where it is.</summary>
    public void Release() => _stage = _stage == EnvelopeStage.Finished ? EnvelopeStage.Finished : EnvelopeStage.Release;

    /// <summary>Moves the envelope on by <paramref name="frames"/>.</summary>
    public void Advance(long frames)
    {
        while (frames > 0 && _stage != EnvelopeStage.Finished)
        {
            switch (_stage)
            {
                case EnvelopeStage.Delay or EnvelopeStage.Hold:
                    var waiting = Math.Min(frames, _counter);
                    (_counter, frames) = (_counter - waiting, frames - waiting);
                    if (_counter <= 0)
                    {
                        (_stage, _counter) = _stage == EnvelopeStage.Delay ? (EnvelopeStage.Attack, 0L) : (EnvelopeStage.Decay, 0L);
                    }

                    break;
                case EnvelopeStage.Attack:
                    var rising = Math.Min(frames, (long)Math.Ceiling((1 - _level) / _attackStep));
                    (_level, frames) = (Math.Min(1, _level + (rising * _attackStep)), frames - rising);
                    if (_level >= 1)
                    {
                        (_stage, _counter) = (EnvelopeStage.Hold, _holdFrames);
                    }

                    break;
                case EnvelopeStage.Decay:
                    var falling = Math.Clamp((long)Math.Ceiling((_level - _sustain) / _decayStep), 0, frames);
                    (_level, frames) = (Math.Max(_sustain, _level - (falling * _decayStep)), frames - falling);
                    _stage = _level <= _sustain ? EnvelopeStage.Sustain : EnvelopeStage.Decay;
                    break;
                case EnvelopeStage.Release:
                    var releasing = Math.Clamp((long)Math.Ceiling(_level / _releaseStep), 0, frames);
                    (_level, frames) = (Math.Max(0, _level - (releasing * _releaseStep)), frames - releasing);
                    _stage = _level <= 0 ? EnvelopeStage.Finished : EnvelopeStage.Release;
                    break;
                default:
                    frames = 0;
                    break;
            }
        }
    }
}
