using Auralis.Music.Form;
using Auralis.Music.Melody;
using Auralis.Music.Time;

namespace Auralis.Music.Tests.Melody;

public sealed class BarFigureTests
{
    private static readonly TimeSignature Common = TimeSignature.CommonTime;
    private const int Beat = 480;

    [Fact]
    public void A_note_held_across_beats_is_struck_again_on_each_beat_it_crosses_at_the_same_step()
    {
        // A dotted half from the off-beat of beat 1: an eighth, then beats 2 and 3.
        var figure = new BarFigure([new FigureNote(Beat / 2, (Beat / 2) + (2 * Beat), 3), new FigureNote(3 * Beat, Beat, 1)], Common.TicksPerBar);

        var restruck = figure.RestruckOnBeats(Beat);

        Assert.Equal(
            [new FigureNote(Beat / 2, Beat / 2, 3), new FigureNote(Beat, Beat, 3), new FigureNote(2 * Beat, Beat, 3), new FigureNote(3 * Beat, Beat, 1)],
            restruck.Notes);
        Assert.Equal(figure.Notes.Sum(n => n.Duration), restruck.Notes.Sum(n => n.Duration));
    }

    [Fact]
    public void Notes_within_a_beat_are_left_as_they_are()
    {
        var figure = new BarFigure([new FigureNote(0, Beat / 2, 0), new FigureNote(Beat / 2, Beat / 2, 1), new FigureNote(Beat, Beat, 2)], Common.TicksPerBar);

        Assert.Equal(figure.Notes, figure.RestruckOnBeats(Beat).Notes);
    }

    [Fact]
    public void A_line_that_speaks_on_every_beat_strikes_a_note_on_each_beat_the_figure_rests_on()
    {
        // An eighth on beat 0, a rest until the off-beat of beat 1, an eighth there, then rests on beats 2 and 3.
        var figure = new BarFigure([new FigureNote(0, Beat / 2, 2), new FigureNote(Beat + (Beat / 2), Beat / 2, -1)], Common.TicksPerBar);

        var sounding = figure.SoundingOnEveryBeat(Beat);

        Assert.Equal(
            [new FigureNote(0, Beat / 2, 2), new FigureNote(Beat, Beat / 2, 2), new FigureNote(Beat + (Beat / 2), Beat / 2, -1),
             new FigureNote(2 * Beat, Beat, -1), new FigureNote(3 * Beat, Beat, -1)],
            sounding.Notes);
    }

    [Fact]
    public void A_figure_already_sounding_on_every_beat_is_left_as_it_is()
    {
        var figure = new BarFigure([new FigureNote(0, 2 * Beat, 0), new FigureNote(2 * Beat, Beat / 2, 1), new FigureNote(3 * Beat, Beat, 2)], Common.TicksPerBar);

        Assert.Equal(figure.Notes, figure.SoundingOnEveryBeat(Beat).Notes);
    }

    [Theory]
    [InlineData(Cadence.Authentic, new[] { 2, 1, 0 })]
    [InlineData(Cadence.Half, new[] { 3, 1, 0 })]
    public void A_cadence_falls_to_its_goal_from_above(Cadence cadence, int[] steps)
    {
        var figure = BarFigure.CadenceFor(Common, cadence);

        Assert.Equal(steps, figure.Notes.Select(n => n.Step));
        Assert.All(figure.Notes, n => Assert.True(n.Cadence));
    }

    [Theory]
    [InlineData(Cadence.Authentic)]
    [InlineData(Cadence.Half)]
    public void From_below_a_cadence_rises_to_its_goal_by_step_and_still_rests_on_the_last_beat(Cadence cadence)
    {
        var figure = BarFigure.CadenceFor(Common, cadence, fromBelow: true);

        Assert.Equal([-2, -1, 0], figure.Notes.Select(n => n.Step));
        Assert.True(figure.Notes[^1].Onset + figure.Notes[^1].Duration <= 3 * Beat, "the last beat rests");
    }
}
