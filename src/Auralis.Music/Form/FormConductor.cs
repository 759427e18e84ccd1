using Auralis.Music.Randomness;

namespace Auralis.Music.Form;

/// <summary>
/// Leads a piece through its sections bar by bar: a short intro, then cycles of statement, development, a breakdown
/// without drums, a build, the return of the opening theme and a climax, in an order and with lengths drawn from the
/// seed, each cycle stating a new theme before the opening one returns.
/// </summary>
/// <remarks>
/// The market steers the form: when the prices turn (a new regime), the section in progress ends at its next phrase
/// end instead of running its full length, so a crash or a rally opens a new section. Every random draw comes from the
/// conductor's own generator, once per section, so the form depends only on the seed and the bars at which the market
/// turned.
/// </remarks>
public sealed partial class FormConductor
{
    private const int Phrase = FormMoment.PhraseBars;
    private readonly SeededRandom _random;
    private readonly Queue<Section> _planned = new();
    private Section? _section;
    private int _barInSection;
    private int _sections;
    private int _cycles;
    private bool _marketTurned;

    /// <summary>Creates a conductor drawing from <paramref name="random"/>.</summary>
    public FormConductor(SeededRandom random)
    {
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _planned.Enqueue(new Section(SectionKind.Intro, 0, Phrase, 0.2, 0.35, Drums: true, Texture.Pad, KeyShift: 0, Theme: 0));
    }

    /// <summary>The section playing now (null before the first bar).</summary>
    public Section? Section => _section;

    /// <summary>The market turned: the section in progress ends at its next phrase end.</summary>
    public void MarketTurned()
    {
        if (_section is { Kind: not SectionKind.Intro })
        {
            _marketTurned = true;
        }
    }

    /// <summary>Moves to the next bar and says where it lies in the form.</summary>
    public FormMoment NextBar()
    {
        if (_section is null)
        {
            StartNextSection();
        }
        else
        {
            _barInSection++;
            var atPhraseEnd = _barInSection % Phrase == 0;
            if (_barInSection >= _section.Bars || (_marketTurned && atPhraseEnd))
            {
                StartNextSection();
            }
        }

        var section = _section!;
        var phraseStart = _barInSection - (_barInSection % Phrase);
        return new FormMoment(section, _barInSection, _barInSection % Phrase, _barInSection / Phrase,
            LastPhrase: phraseStart + Phrase >= section.Bars, section.EnergyAt(_barInSection));
    }

    private void StartNextSection()
    {
        if (_planned.Count == 0)
        {
            PlanCycle();
        }

        _section = _planned.Dequeue() with { Index = _sections++ };
        _barInSection = 0;
        _marketTurned = false;
    }

    // One draw per choice, in a fixed order, so each cycle's shape depends only on the seed and the cycle's number.
    private void PlanCycle()
    {
        var theme = _cycles++;
        var returnFirst = _random.NextBool(0.4);
        var statementTexture = _random.NextBool() ? Texture.Comping : Texture.Pad;
        var breakdownBars = _random.NextBool() ? 2 * Phrase : 3 * Phrase;
        var keyShift = _random.ChooseWeighted([0.3, 0.35, 0.35]) switch { 0 => 0, 1 => 5, _ => 7 };
        var statement = Plan(SectionKind.Statement, 2 * Phrase, 0.45, 0.55, statementTexture, 0, theme);
        var development = Plan(SectionKind.Development, 2 * Phrase, 0.55, 0.7, Texture.Arpeggio, keyShift, theme);
        var breakdown = Plan(SectionKind.Breakdown, breakdownBars, 0.15, 0.25, Texture.Pad, 0, theme, drums: false);
        var build = Plan(SectionKind.Build, Phrase, 0.35, 0.85, Texture.Arpeggio, 0, theme);
        var comeback = Plan(SectionKind.Return, 2 * Phrase, 0.65, 0.75, Texture.Comping, 0, theme: 0);
        var climax = Plan(SectionKind.Climax, 2 * Phrase, 0.85, 1.0, Texture.Arpeggio, 0, theme);
        Section[] order = returnFirst
            ? [statement, development, comeback, breakdown, build, climax]
            : [statement, development, breakdown, build, comeback, climax];
        foreach (var section in order)
        {
            _planned.Enqueue(section);
        }
    }

    private static Section Plan(SectionKind kind, int bars, double from, double to, Texture texture, int keyShift, int theme, bool drums = true) =>
        new(kind, 0, bars, from, to, drums, texture, keyShift, theme);
}
