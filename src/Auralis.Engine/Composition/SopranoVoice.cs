using Auralis.Market.Mapping;
using Auralis.Music.Melody;
using Auralis.Music.Motifs;
using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.VoiceLeading;

namespace Auralis.Engine.Composition;

/// <summary>The melody: a constrained line whose target pitch follows the price through the sensitivity mapping.</summary>
/// <remarks>Once a motif is imported, the melody states it (varied) on every phrase start and resumes its line after it.</remarks>
public sealed class SopranoVoice(ulong seed) : IVoice, IDevelopsMotif
{
    private readonly SeededRandom _random = SeededRandom.ForStream(seed, "voices/soprano");
    private readonly SeededRandom _motifRandom = SeededRandom.ForStream(seed, "voices/soprano/motif");
    private Motif? _motif;
    private long _statementEnd = long.MinValue;
    private MelodyLine? _line;
    private Pitch _target = VoiceRange.Soprano.Centre;

    /// <inheritdoc />
    public string Name => "soprano";

    /// <inheritdoc />
    public IEnumerable<Note> Plan(StepContext context)
    {
        if (_line is null || _line.Signature != context.Signature)
        {
            _line = new MelodyLine(context.Key, context.Signature, VoiceRange.Soprano, _random);
        }

        _line.Key = context.Key;
        var mapping = new PricePitchMapping(context.Key, VoiceRange.Soprano.Low, VoiceRange.Soprano.High, Math.Clamp(context.Sensitivity, PricePitchMapping.MinSensitivity, PricePitchMapping.MaxSensitivity));
        _target = mapping.Map(_target, context.Move.ChangePercent);
        if (_motif is { } motif && MotifQuotation.IsPhraseStart(context) && context.Tick >= _statementEnd)
        {
            _statementEnd = context.Tick + MotifQuotation.LengthOf(motif, context);
            return MotifQuotation.State(motif, context, _target, VoiceRange.Soprano, _motifRandom);
        }

        return context.Tick < _statementEnd ? [] : _line.NextBeat(context.Tick, context.Harmony.Current, context.Intensity, _target);
    }

    /// <inheritdoc />
    public void Learn(Motif? motif) => _motif = motif;

    /// <inheritdoc />
    public void Break()
    {
        _line = null;
        _statementEnd = long.MinValue;
    }
}
