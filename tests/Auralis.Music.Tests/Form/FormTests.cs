using Auralis.Music.Form;
using Auralis.Music.Motifs;
using Auralis.Music.Randomness;
using Auralis.Music.Theory;
using Auralis.Music.Time;

namespace Auralis.Music.Tests.Form;

public sealed class FormTests
{
    private static readonly Key GMajor = Key.Parse("G");
    private static readonly TimeSignature FourFour = TimeSignature.CommonTime;

    [Fact]
    public void Song_form_places_its_cadences()
    {
        var aaba = FormPlan.Parse("AABA", phraseBars: 8);

        Assert.Equal(32, aaba.Bars);
        Assert.Equal([Cadence.Half, Cadence.Authentic, Cadence.Half, Cadence.Authentic], aaba.Phrases.Select(p => p.Cadence));
        var bridge = aaba.PositionOf(23);
        Assert.Equal('B', bridge.Phrase.Label);
        Assert.Equal(7, bridge.BarInPhrase);
        Assert.True(bridge.IsCadenceBar);
        Assert.Equal('A', aaba.PositionOf(32).Phrase.Label);
    }

    [Theory]
    [InlineData("")]
    [InlineData("BABA")]
    [InlineData("A1BA")]
    public void Malformed_forms_are_refused(string form) =>
        Assert.Throws<FormatException>(() => FormPlan.Parse(form));

    [Theory]
    [InlineData("AABA")]
    [InlineData("ABAB")]
    [InlineData("AABB")]
    [InlineData("ABAC")]
    public void The_analyser_recovers_the_form_of_generated_music(string form)
    {
        var plan = FormPlan.Parse(form, phraseBars: 4);
        var sections = new Dictionary<char, IReadOnlyList<Note>>();
        var motifs = new Dictionary<char, Motif>
        {
            ['A'] = Motif.Of(GMajor, new Note(0, 480, Pitch.Parse("G4"), 90), new Note(480, 480, Pitch.Parse("B4"), 90), new Note(960, 960, Pitch.Parse("D5"), 90)),
            ['B'] = Motif.Of(GMajor, new Note(0, 240, Pitch.Parse("E4"), 90), new Note(240, 240, Pitch.Parse("F#4"), 90), new Note(480, 1440, Pitch.Parse("C5"), 90)),
            ['C'] = Motif.Of(GMajor, new Note(0, 960, Pitch.Parse("A4"), 90), new Note(960, 320, Pitch.Parse("G4"), 90), new Note(1280, 640, Pitch.Parse("E4"), 90)),
        };
        var notes = new List<Note>();
        foreach (var phrase in plan.Phrases)
        {
            var start = (long)phrase.FirstBar * FourFour.TicksPerBar;
            if (!sections.TryGetValue(phrase.Label, out var material))
            {
                material = PatternExpander.Expand(motifs[phrase.Label], 0, phrase.Bars, FourFour, Pitch.Parse("D4"), Pitch.Parse("G5"),
                    new SeededRandom((ulong)phrase.Label)).Notes;
                sections[phrase.Label] = material;
            }

            // A repeat comes back a step higher: the analyser hears transposed repeats as the same section.
            var lift = phrase.Index > 0 && plan.Phrases.Take(phrase.Index).Any(p => p.Label == phrase.Label) ? 2 : 0;
            notes.AddRange(material.Select(n => n with { Tick = n.Tick + start, Pitch = n.Pitch + lift }));
        }

        Assert.Equal(form, FormAnalyser.Segment(notes, FourFour, phraseBars: 4));
    }
}
