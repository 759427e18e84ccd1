using Auralis.Music.Form;
using Auralis.Music.Markov;
using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Music.Harmony;

/// <summary>
/// Plans the chords of each four-bar phrase: which progression (one of the regime's variants, or a first- or
/// second-order Markov chain trained on them), how long each chord lasts, a cadence at the phrase's end, and now and
/// then a secondary dominant leading into the next chord.
/// </summary>
/// <remarks>
/// A theme is stated over one progression and answered over the same one; a development wanders through the Markov
/// chains; a return brings back the opening theme's progression; a build ends on the dominant. Half cadences end on V,
/// authentic ones on V7–I. The same number of draws is taken for every phrase, so one phrase's choices never shift the
/// next phrase's stream.
/// </remarks>
public sealed partial class PhrasePlanner(SeededRandom random)
{
    private readonly SeededRandom _random = random ?? throw new ArgumentNullException(nameof(random));
    private readonly Dictionary<int, (Regime Regime, ModeFamily Family, string[] Progression)> _themes = [];
    private (int Section, Regime Regime, ModeFamily Family, string[] Progression)? _current;

    /// <summary>The chords of the phrase that starts at <paramref name="startTick"/> at <paramref name="moment"/> in the form.</summary>
    public IReadOnlyList<PlannedChord> Plan(FormMoment moment, Regime regime, ModeFamily family, TimeSignature signature, long startTick)
    {
        ArgumentNullException.ThrowIfNull(moment);
        var variant = _random.NextInt(RegimeProgressions.Variants);
        var orderTwo = _random.NextBool();
        var rhythmDraw = _random.NextDouble();
        var secondaryDraw = _random.NextDouble();
        var slotDraw = _random.NextDouble();
        var chain = MarkovFor(regime, family, orderTwo ? 2 : 1).Generate(4, _random.Derive("markov")).ToArray();

        var section = moment.Section;
        var progression = Progression(moment, regime, family, variant, chain);
        var sparse = section.Kind is SectionKind.Intro or SectionKind.Breakdown;
        var lengths = HarmonicRhythm.Draw(signature, moment.Energy, sparse, rhythmDraw);
        var numerals = new string[lengths.Count];
        for (var i = 0; i < numerals.Length; i++)
        {
            numerals[i] = progression[i % progression.Length];
        }

        var dominantSecondaries = SecondaryDominantChance(section.Kind, regime);
        var cadence = section.Kind == SectionKind.Build ? Form.Cadence.Half : moment.Cadence;
        CloseWith(cadence, numerals, family);
        var secondary = -1;
        if (numerals.Length >= 4 && secondaryDraw < dominantSecondaries)
        {
            var slot = 1 + (int)(slotDraw * (numerals.Length - 3));
            if (CanBeTonicized(numerals[slot + 1]))
            {
                secondary = slot;
            }
        }

        var chords = new PlannedChord[numerals.Length];
        var tick = startTick;
        for (var i = 0; i < numerals.Length; i++)
        {
            var numeral = RomanNumeral.Parse(i == secondary ? numerals[i + 1] : numerals[i]);
            chords[i] = new PlannedChord(numeral, i == secondary, tick, lengths[i]);
            tick += lengths[i];
        }

        return chords;
    }

    private string[] Progression(FormMoment moment, Regime regime, ModeFamily family, int variant, string[] chain)
    {
        var section = moment.Section;
        if (_current is { } current && current.Section == section.Index && current.Regime == regime && current.Family == family
            && section.Kind is not SectionKind.Development)
        {
            return current.Progression;
        }

        string[] progression = section.Kind switch
        {
            SectionKind.Return when _themes.TryGetValue(section.Theme, out var theme) && theme.Regime == regime && theme.Family == family => theme.Progression,
            SectionKind.Development or SectionKind.Build => chain,
            _ => Names(RegimeProgressions.For(regime, family, variant)),
        };
        if (section.Kind == SectionKind.Statement && !_themes.ContainsKey(section.Theme))
        {
            _themes[section.Theme] = (regime, family, progression);
        }

        _current = (section.Index, regime, family, progression);
        return progression;
    }

    private static double SecondaryDominantChance(SectionKind kind, Regime regime) => kind switch
    {
        SectionKind.Intro or SectionKind.Breakdown => 0,
        _ => regime is Regime.Bull or Regime.Volatile ? 0.45 : 0.25,
    };

    // A half cadence pauses on V; an authentic one closes V7–I. A phrase of two chords keeps its first.
    private static void CloseWith(Cadence cadence, string[] numerals, ModeFamily family)
    {
        var tonic = family == ModeFamily.Major ? "I" : "i";
        if (cadence == Form.Cadence.Half)
        {
            numerals[^1] = "V";
            return;
        }

        numerals[^1] = tonic;
        if (numerals.Length >= 3)
        {
            numerals[^2] = "V7";
        }
    }

    private static bool CanBeTonicized(string numeral)
    {
        var parsed = RomanNumeral.Parse(numeral);
        return parsed.Degree != 1 && parsed.Alteration == 0 && parsed.Quality is ChordQuality.Major or ChordQuality.Minor or ChordQuality.Minor7;
    }

    private static string[] Names(IReadOnlyList<RomanNumeral> numerals) => numerals.Select(n => n.Text).ToArray();

    // Trained once per regime, family and order on the regime's variants, each played round twice so its last chord leads on.
    private static readonly Dictionary<(Regime, ModeFamily, int), MarkovChords> Models =
        (from regime in Enum.GetValues<Regime>()
         from family in Enum.GetValues<ModeFamily>()
         from order in new[] { 1, 2 }
         select (regime, family, order)).ToDictionary(k => k, k => Train(k.regime, k.family, k.order));

    private static MarkovChords MarkovFor(Regime regime, ModeFamily family, int order) => Models[(regime, family, order)];

    private static MarkovChords Train(Regime regime, ModeFamily family, int order) =>
        MarkovChords.Train(order, Enumerable.Range(0, RegimeProgressions.Variants)
            .Select(v => Names(RegimeProgressions.For(regime, family, v)))
            .Select(p => (IReadOnlyList<string>)[.. p, .. p])
            .ToArray());
}
