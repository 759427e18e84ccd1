using Auralis.Music.Form;
using Auralis.Music.Harmony;
using Auralis.Music.Randomness;
using Auralis.Music.Rhythm;
using Auralis.Music.Theory;
using Auralis.Music.Time;
using Auralis.Music.VoiceLeading;

namespace Auralis.Music.Melody;

/// <summary>
/// A melody with an identity: each section's theme is a bar figure, stated, repeated in sequence, varied and closed
/// by a cadence phrase after phrase; developments invert it or turn it round, builds fragment it, the intro and the
/// breakdowns augment it, the climax ornaments it, and the return brings the opening theme back as it was.
/// </summary>
/// <remarks>
/// <para>The price places the melody: each bar's figure (a sequence too) is placed on the chord tone that centres its
/// notes on the market's register (the price level; from sensitivity 2 up to 8, more and more of the lift of the last
/// moves too), inside the range, and each cadence lands in the octave, approached from above or below, nearest that
/// register. In the bars where the market speaks (the repeat and the variation of a phrase, more of them the higher
/// the sensitivity) the figure's contour is cut to a third (from sensitivity 4, where the market leads, to nothing: the
/// figure lends its rhythm, and a note sounds on every beat), its long notes are struck again on each beat, and the
/// line follows the market beat by beat: below sensitivity 4 a step of the scale for each move (two for a large one),
/// from 4 by the semitone; a strong beat's note that must move to a chord tone moves the way the last move went. At
/// every sensitivity the theme's own bars keep the theme's shape and the cadence its close: the market places them but
/// does not bend them, so the more the market speaks in the other bars, the more the theme is what a listener
/// recognises between its moves. Only a shock (two standard deviations) is heard in every bar, and it splits a long
/// note in two. A bar whose figure is kept (and below sensitivity 4 every bar) is placed, where it can be, so that the
/// rules need not bend it note by note: the same figure is heard as the same figure.</para>
/// <para>The rules: notes belong to the section's key, a note on a strong beat's first tick is a chord tone, the line
/// keeps to <see cref="VoiceRange.Melody"/> (above the accompaniment), and it never moves in parallel fifths or octaves
/// with the bass: a note that would is moved a step.</para>
/// </remarks>
public sealed partial class ThemeMelody(SeededRandom random)
{
    private readonly SeededRandom _random = random ?? throw new ArgumentNullException(nameof(random));

    // Velocity jitter draws from its own stream, so how many notes a bar has never changes the piece's later choices.
    private readonly SeededRandom _humanize = random.Derive("melody/humanize");
    // A chord's root is what the bass plays on the downbeat: a bar anchored on it must centre this much better to win.
    private const double RootPenalty = 1.5;
    // From this sensitivity the market leads: in the bars it speaks in, the line is the market's, moved by the semitone
    // on every beat.
    private const double MarketLeads = 4;
    // A move this many standard deviations large is a shock: it is heard in every bar, and it splits a long note.
    private const double ShockSurprise = 2;
    // A move of the market's target smaller than this (semitones) leaves a line that moves by steps where it is, and a
    // target that moves less over a bar leaves the next bar to the figure.
    private const double StillMove = 0.3;
    // The average step of a seven-note scale: how many semitones of the market's move make one step of the line.
    private const double SemitonesPerStep = 1.75;
    // How much closer to the register (semitones) a placement the rules would bend must lie to win over one they keep.
    private const double BendPenalty = 4;
    private readonly Dictionary<int, BarFigure> _themes = [];
    private int _developedSection = -1;
    private bool _inverts;
    private BarFigure? _bar;
    private long _barTick = -1;
    private Pitch _anchor = VoiceRange.Melody.Centre;
    private double _barTarget;
    private double _barCentre = VoiceRange.Melody.Centre.MidiNumber;
    private int _sequence;
    private bool _followsMarket;
    private int _lastShift;
    private double _lastTarget = double.NaN;
    private int _marketSteps;
    private Pitch? _goal;
    private Pitch? _lastPitch;
    private Pitch? _lastBass;

    /// <summary>The range the melody sings in.</summary>
    public static VoiceRange Range => VoiceRange.Melody;

    /// <summary>
    /// The pitch (as a MIDI number, unrounded) the market asks for: the range's centre moved by the register (up to two
    /// octaves' worth, so a year's trend spans the range) and the lift, softly limited so it never passes the edges.
    /// </summary>
    public static double Target(double register, double lift)
    {
        var centre = (Range.Low.MidiNumber + Range.High.MidiNumber) / 2.0;
        var reach = (Range.High.MidiNumber - Range.Low.MidiNumber) / 2.0 - 1;
        return centre + (reach * Math.Tanh(((24 * register) + lift) / reach));
    }

    /// <summary>Forgets the last note (after a seek or a loop's wrap).</summary>
    public void Break()
    {
        _lastPitch = null;
        _lastBass = null;
        _barTick = -1;
        _lastTarget = double.NaN;
    }

    /// <summary>The notes starting in the beat.</summary>
    public IReadOnlyList<Note> NextBeat(MelodyBeat beat)
    {
        ArgumentNullException.ThrowIfNull(beat);
        var signature = beat.Signature;
        var conducted = beat.Conducted;
        var barTick = beat.Tick - (beat.Tick % signature.TicksPerBar);
        var target = Target(beat.Register, beat.Lift);
        if (barTick != _barTick)
        {
            StartBar(beat, barTick, target);
        }

        if (_bar is null)
        {
            _lastTarget = target;
            return [];
        }

        var key = conducted.Key;
        var beatTicks = signature.TicksPerBeat;
        var beatStart = beat.Tick - barTick;
        int shift = 0, lastMove;
        if (_followsMarket && beat.Sensitivity >= MarketLeads)
        {
            shift = (int)Math.Round(target - _barTarget);
            lastMove = Math.Sign(shift - _lastShift);
            _lastShift = shift;
        }
        else
        {
            lastMove = StepWithMarket(target, heard: _followsMarket || beat.Surprise >= ShockSurprise);
        }

        _lastTarget = target;
        var notes = new List<Note>();
        foreach (var figure in _bar.Notes.Where(n => n.Onset >= beatStart && n.Onset < beatStart + beatTicks))
        {
            var tick = barTick + figure.Onset;
            var strong = figure.Onset % beatTicks == 0 && signature.IsStrongBeat(figure.Onset / beatTicks);
            var step = _followsMarket ? FollowedStep(figure.Step, beat.Sensitivity) : figure.Step;
            var pitch = figure.Cadence ? key.StepBy(_goal ?? _anchor, figure.Step) : key.Quantize(key.StepBy(_anchor, step + _sequence + _marketSteps) + shift);
            if (strong && !conducted.Current.Contains(pitch))
            {
                pitch = NearestChordTone(conducted.Current, pitch, lastMove);
            }

            pitch = AvoidParallels(Fold(pitch), conducted.BassAt(tick), conducted, strong);
            var velocity = Dynamics.Velocity(52 + RegimeCharacter.Accent(beat.Regime), 50, conducted.Form.Energy, figure.Onset, signature,
                conducted.Form.BarInPhrase, beat.Surprise, _humanize.NextInt(-3, 4));
            var (start, duration) = Swing.Apply(tick, figure.Duration, beatTicks, beat.Swing);
            if (beat.Surprise >= ShockSurprise && duration >= beatTicks && !figure.Cadence)
            {
                var half = duration / 2;
                var passing = AvoidParallels(Fold(key.StepBy(pitch, beat.Lift >= 0 ? 1 : -1)), conducted.BassAt(start + half), conducted, strong: false);
                notes.Add(Emit(start, half, pitch, velocity, conducted.BassAt(start)));
                notes.Add(Emit(start + half, duration - half, passing, Math.Max(20, velocity - 8), conducted.BassAt(start + half)));
                continue;
            }

            notes.Add(Emit(start, duration, pitch, velocity, conducted.BassAt(start)));
        }

        return notes;
    }

    private void StartBar(MelodyBeat beat, long barTick, double target)
    {
        var conducted = beat.Conducted;
        var moment = conducted.Form;
        var section = moment.Section;
        var seqDraw = _random.NextInt(3);
        var inversionDraw = _random.NextBool();
        var marketDraw = _random.NextDouble();
        // The market's target has not moved over the bar before (nor since its last beat): following it would hold one
        // pitch, so the figure sings instead.
        var marketStill = Math.Abs(target - _barTarget) < StillMove && (double.IsNaN(_lastTarget) || Math.Abs(target - _lastTarget) < StillMove);
        _barTick = barTick;
        _barTarget = target;
        _lastShift = 0;
        _marketSteps = 0;
        if (!_themes.TryGetValue(section.Theme, out var theme) || theme.BarTicks != beat.Signature.TicksPerBar)
        {
            var density = Math.Clamp(beat.Intensity * (0.55 + (0.6 * moment.Energy)) * RegimeCharacter.Density(beat.Regime), 0, 1);
            _themes[section.Theme] = theme = BarFigure.Compose(beat.Signature, density, _random.Derive($"theme/{section.Theme}"));
        }

        if (section.Index != _developedSection)
        {
            _developedSection = section.Index;
            _inverts = inversionDraw;
        }

        var developed = _inverts ? theme.Inverted() : theme.Retrograde();
        var beatTicks = beat.Signature.TicksPerBeat;
        var odd = moment.PhraseInSection % 2 == 1;
        var (figure, sequence) = (section.Kind, moment.BarInPhrase) switch
        {
            (SectionKind.Intro, 0 or 2) => (theme.Augmented(), moment.BarInPhrase == 2 ? 1 : 0),
            (SectionKind.Intro, _) => (null, 0),
            (SectionKind.Breakdown, 1) => (null, 0),
            (SectionKind.Breakdown, 3) => (BarFigure.CadenceFor(beat.Signature, moment.Cadence), 0),
            (SectionKind.Breakdown, var bar) => (theme.Augmented(), bar == 2 ? 1 : 0),
            (SectionKind.Build, var bar) => (theme.Fragment(), bar),
            (SectionKind.Development, 0) => (developed, 0),
            (SectionKind.Development, 1) => (developed, Sequence(seqDraw)),
            (SectionKind.Development, 2) => (developed.Fragment(), 0),
            (SectionKind.Climax, 0 or 1) => (theme.Ornamented(beatTicks), moment.BarInPhrase == 1 ? Sequence(seqDraw) : 0),
            (SectionKind.Climax, 2) => (developed.Ornamented(beatTicks), 0),
            (_, 0) => (theme, 0),
            (_, 1) => odd ? (theme.Fragment(), 0) : (theme, Sequence(seqDraw)),
            (_, 2) => odd ? (theme, Sequence(seqDraw)) : (developed.Fragment(), 0),
            _ => (BarFigure.CadenceFor(beat.Signature, moment.Cadence), 0),
        };
        if (moment.BarInPhrase == FormMoment.PhraseBars - 1 && section.Kind is not (SectionKind.Build or SectionKind.Intro or SectionKind.Breakdown))
        {
            figure = BarFigure.CadenceFor(beat.Signature, moment.Cadence);
        }

        _sequence = sequence;
        _barCentre = Target(beat.Register, LiftShare(beat.Sensitivity) * beat.Lift);
        _goal = null;
        if (figure is { Notes.Count: > 0 } && figure.Notes[0].Cadence)
        {
            (_goal, var fromBelow) = CadencePlacement(conducted.Key, moment.Cadence);
            figure = BarFigure.CadenceFor(beat.Signature, moment.Cadence, fromBelow);
        }

        _followsMarket = figure is not null && !marketStill && marketDraw < MarketShare(beat.Sensitivity)
            && (section.Kind is SectionKind.Breakdown ? moment.BarInPhrase == 2 : moment.BarInPhrase is 1 or 2 && section.Kind != SectionKind.Intro);
        _bar = !_followsMarket ? figure
            : beat.Sensitivity >= MarketLeads ? figure!.RestruckOnBeats(beatTicks).SoundingOnEveryBeat(beatTicks)
            : figure!.RestruckOnBeats(beatTicks);
        _anchor = CentredAnchor(figure, conducted, beat.Sensitivity, beat.Signature, barTick) ?? Fitted(Fold(AnchorNear(conducted.Current, _barCentre)), figure, conducted);
    }

    // The anchor that puts the bar's figure, as it will sound, on a tone of the chord (a third or fifth rather than the
    // root, which the bass plays on the downbeat), centred on the market's register and a semitone inside the range. A
    // sequence is placed the same way, its anchor its steps below that tone: moved to fit the chord, it keeps the
    // theme's shape, where a figure stepped off a chord tone would put its strong beats off the chord. Where the figure
    // keeps its shape (the theme's bars; every bar below sensitivity 4) a placement that the rules would bend note by
    // note (a strong beat off its chord, parallels with the bass) must centre four semitones better to win: a figure
    // that keeps its shape is heard as the same figure again.
    private Pitch? CentredAnchor(BarFigure? figure, ConductedBeat conducted, double sensitivity, TimeSignature signature, long barTick)
    {
        if (figure is null || figure.Notes.Count == 0 || figure.Notes[0].Cadence)
        {
            return null;
        }

        Pitch? best = null;
        var bestScore = double.MaxValue;
        foreach (var tone in Tones(conducted.Current.Contains))
        {
            var anchor = conducted.Key.StepBy(tone, -_sequence);
            var pitches = figure.Notes.Select(note => conducted.Key.StepBy(anchor, (_followsMarket ? FollowedStep(note.Step, sensitivity) : note.Step) + _sequence)).ToArray();
            if (pitches.Any(p => p <= Range.Low || p >= Range.High))
            {
                continue;
            }

            var score = Math.Abs(pitches.Average(p => p.MidiNumber) - _barCentre) + (tone.PitchClass == conducted.Current.Root ? RootPenalty : 0)
                + ((sensitivity < MarketLeads || !_followsMarket) && Bends(figure, pitches, conducted, signature, barTick) ? BendPenalty : 0);
            if (score < bestScore)
            {
                (best, bestScore) = (anchor, score);
            }
        }

        return best;
    }

    // True when a strong beat of the placed figure is not a tone of the chord under it, or the figure moves in parallel
    // fifths or octaves with the bass planned so far.
    private bool Bends(BarFigure figure, Pitch[] pitches, ConductedBeat conducted, TimeSignature signature, long barTick)
    {
        var (previous, previousBass) = (_lastPitch, _lastBass);
        for (var i = 0; i < pitches.Length; i++)
        {
            var onset = figure.Notes[i].Onset;
            var under = onset < conducted.TicksUntilNextChord ? conducted.Current : conducted.Next;
            if (onset % signature.TicksPerBeat == 0 && signature.IsStrongBeat(onset / signature.TicksPerBeat) && !under.Contains(pitches[i]))
            {
                return true;
            }

            if (onset < conducted.TicksUntilNextChord)
            {
                var bass = conducted.BassAt(barTick + onset);
                if (previous is { } last && previousBass is { } lastBass && bass is { } now && Parallel(last, lastBass, pitches[i], now))
                {
                    return true;
                }

                (previous, previousBass) = (pitches[i], bass);
            }
        }

        return false;
    }

    // Of the bars that may follow the market, the share that do: seventeen in twenty at sensitivity 0.5, nineteen at 2, all from 4.
    private static double MarketShare(double sensitivity) => Math.Clamp(0.95 + (0.05 * Math.Log2(Math.Max(sensitivity, 0.1) / 2)), 0, 1);

    // A bar that follows the market keeps a third of its figure's contour; from sensitivity 4, where the market leads,
    // none: the figure lends its rhythm and the market's line alone moves the pitch, so no leap of the theme hides a move.
    private static int FollowedStep(int step, double sensitivity) => sensitivity >= MarketLeads ? 0 : step / 3;

    // How much of the lift of the last moves places a bar, besides the price level: none up to sensitivity 2, all from 8.
    private static double LiftShare(double sensitivity) => Math.Clamp((Math.Log2(Math.Max(sensitivity, 0.1)) - 1) / 2, 0, 1);

    // The anchor moved by chord tones until the whole figure lies a semitone inside the range: a transposed figure, never a folded one.
    private Pitch Fitted(Pitch anchor, BarFigure? figure, ConductedBeat conducted)
    {
        if (figure is null || figure.Notes.Count == 0)
        {
            return anchor;
        }

        var key = conducted.Key;
        var (lowest, highest) = (figure.Notes.Min(n => n.Step) + _sequence, figure.Notes.Max(n => n.Step) + _sequence);
        var tones = Tones(conducted.Current.Contains);
        for (var guard = 0; guard < 8 && key.StepBy(anchor, highest) > Range.High - 1; guard++)
        {
            anchor = tones.Where(p => p < anchor).DefaultIfEmpty(anchor).Max();
        }

        for (var guard = 0; guard < 8 && key.StepBy(anchor, lowest) < Range.Low + 1; guard++)
        {
            anchor = tones.Where(p => p > anchor).DefaultIfEmpty(anchor).Min();
        }

        return anchor;
    }

    // Where it is heard and does not lead (below sensitivity 4, and a shock in the theme's bars) the market moves the line
    // in steps of the scale: one for a usual move, two for a large one, none for a move under a third of a semitone; and
    // the line leans at most a step past where the market's level within the bar puts it, so the bar stays centred on
    // the register. Returns the way the line moved.
    private int StepWithMarket(double target, bool heard)
    {
        if (!heard || !double.IsFinite(_lastTarget))
        {
            return 0;
        }

        var move = target - _lastTarget;
        var steps = Math.Abs(move) < StillMove ? 0 : Math.Sign(move) * Math.Clamp((int)Math.Round(Math.Abs(move) / SemitonesPerStep), 1, 2);
        var level = (int)Math.Round((target - _barTarget) / SemitonesPerStep);
        _marketSteps = Math.Clamp(_marketSteps + steps, level - 1, level + 1);
        return Math.Sign(steps);
    }

    private static int Sequence(int draw) => draw switch { 0 => 1, 1 => -1, _ => 2 };

    private Note Emit(long tick, int duration, Pitch pitch, int velocity, Pitch? bass)
    {
        _lastPitch = pitch;
        _lastBass = bass;
        return new Note(tick, duration, pitch, velocity);
    }

    // Where the cadence lands: the goal (the tonic, or the second degree for a half cadence) in the octave, and
    // approached from the side, that put the bar's notes nearest the market's register, inside the range.
    private (Pitch Goal, bool FromBelow) CadencePlacement(Key key, Cadence cadence)
    {
        var goalClass = cadence == Cadence.Authentic ? key.Tonic : key.StepBy(new Pitch(60 + key.Tonic.Value), 1).PitchClass;
        var options = Tones(p => p.PitchClass == goalClass)
            .SelectMany(goal => new[] { (Goal: goal, FromBelow: false, Edge: key.StepBy(goal, 3)), (Goal: goal, FromBelow: true, Edge: key.StepBy(goal, -2)) })
            .ToArray();
        var fitting = options.Where(o => o.Edge >= Range.Low && o.Edge <= Range.High).ToArray();

        // The figure's notes sit about two semitones past the goal on the side it comes from.
        return (fitting.Length > 0 ? fitting : options).Select(o => (o.Goal, o.FromBelow)).MinBy(o => Math.Abs(o.Goal.MidiNumber + (o.FromBelow ? -2 : 2) - _barCentre));
    }

    // A bar starts on the chord's third or fifth near the target rather than its root, which the bass plays on the
    // downbeat: fewer octaves with the bass, so fewer notes to move away from parallels and bend the theme.
    private static Pitch AnchorNear(Chord chord, double target)
    {
        var tones = Tones(chord.Contains);
        return tones.Count > 0 ? tones.MinBy(p => Math.Abs(p.MidiNumber - target) + (p.PitchClass == chord.Root ? 2.5 : 0)) : new Pitch((int)Math.Round(target));
    }

    // The chord tone nearest a pitch; with a direction, the nearest on that side, so a market move is never snapped away.
    private static Pitch NearestChordTone(Chord chord, Pitch from, int direction = 0)
    {
        var tones = Tones(chord.Contains);
        var side = direction == 0 ? tones : tones.Where(p => Math.Sign(p - from) == direction || p == from).ToList();
        var pool = side.Count > 0 ? side : tones;
        return pool.Count > 0 ? pool.MinBy(p => (Math.Abs(p - from) * 2) + (p < from ? 1 : 0)) : from;
    }

    // Parallel fifths or octaves: the same perfect interval to the bass twice running, both voices moving the same way.
    // The nearest note that avoids them takes its place: a chord tone on a strong beat, a tone of the key elsewhere.
    private Pitch AvoidParallels(Pitch pitch, Pitch? bass, ConductedBeat conducted, bool strong)
    {
        if (!Parallel(pitch, bass))
        {
            return pitch;
        }

        var allowed = Tones(p => strong ? conducted.Current.Contains(p) : conducted.Key.Contains(p));
        var options = allowed.Where(p => p != pitch && !Parallel(p, bass)).ToArray();
        return options.Length > 0 ? options.MinBy(p => Math.Abs(p - pitch)) : pitch;
    }

    private bool Parallel(Pitch pitch, Pitch? bass) =>
        _lastPitch is { } last && _lastBass is { } lastBass && bass is { } now && Parallel(last, lastBass, pitch, now);

    private static bool Parallel(Pitch last, Pitch lastBass, Pitch pitch, Pitch now)
    {
        if (now == lastBass || pitch == last)
        {
            return false;
        }

        var before = ((last - lastBass) % 12 + 12) % 12;
        var after = ((pitch - now) % 12 + 12) % 12;
        return before == after && before is 0 or 7 && Math.Sign(pitch - last) == Math.Sign(now - lastBass);
    }

    private static Pitch Fold(Pitch pitch) => Range.Fold(pitch.MidiNumber);

    private static List<Pitch> Tones(Func<Pitch, bool> accept)
    {
        var tones = new List<Pitch>();
        for (var midi = Range.Low.MidiNumber; midi <= Range.High.MidiNumber; midi++)
        {
            if (accept(new Pitch(midi)))
            {
                tones.Add(new Pitch(midi));
            }
        }

        return tones;
    }
}
