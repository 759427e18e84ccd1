using Auralis.Music.Melody;
using Auralis.Music.Motifs;
using Auralis.Music.Randomness;
using Auralis.Music.Theory;

namespace Auralis.Engine.Voices;

/// <summary>The melody: themes stated, repeated, developed and brought back as the form asks, placed by the market's register and lift.</summary>
/// <remarks>Once a motif is imported, the melody states it (varied) on every phrase start and resumes its themes after it.</remarks>
public sealed class SopranoVoice(ulong seed) : IVoice, IDevelopsMotif
{
    private readonly ThemeMelody _melody = new(SeededRandom.ForStream(seed, "voices/soprano"));
    private readonly SeededRandom _motifRandom = SeededRandom.ForStream(seed, "voices/soprano/motif");
    private Motif? _motif;
    private long _statementEnd = long.MinValue;

    /// <inheritdoc />
    public string Name => "soprano";

    /// <inheritdoc />
    public IEnumerable<Note> Plan(StepContext context)
    {
        var gesture = context.Gesture;
        var beat = new MelodyBeat(context.Tick, context.Signature, context.Conducted, context.Intensity, gesture.Register, gesture.Lift, gesture.Surprise,
            context.Swing, context.Move.Regime, context.Sensitivity);
        if (_motif is { } motif && MotifQuotation.IsPhraseStart(context) && context.Tick >= _statementEnd)
        {
            _statementEnd = context.Tick + MotifQuotation.LengthOf(motif, context);
            var target = new Pitch((int)Math.Round(ThemeMelody.Target(gesture.Register, gesture.Lift)));
            return MotifQuotation.State(motif, context, target, ThemeMelody.Range, _motifRandom);
        }

        var notes = _melody.NextBeat(beat);
        return context.Tick < _statementEnd ? [] : notes;
    }

    /// <inheritdoc />
    public void Learn(Motif? motif) => _motif = motif;

    /// <inheritdoc />
    public void Break()
    {
        _melody.Break();
        _statementEnd = long.MinValue;
    }

    /// <inheritdoc />
    public VoiceCheckpoint Capture() => new SopranoCheckpoint(_melody.Capture(), _motifRandom.State, _motif, _statementEnd);

    /// <inheritdoc />
    public void Restore(VoiceCheckpoint checkpoint)
    {
        var soprano = VoiceCheckpoints.As<SopranoCheckpoint>(checkpoint, Name);
        _melody.Restore(soprano.Melody);
        _motifRandom.Restore(soprano.MotifRandom);
        (_motif, _statementEnd) = (soprano.Motif, soprano.StatementEnd);
    }
}
