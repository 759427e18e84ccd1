using Auralis.Music.Form;
using Auralis.Music.Randomness;

namespace Auralis.Music.Tests.Form;

public sealed class FormConductorTests
{
    private static List<FormMoment> Bars(ulong seed, int bars, Func<int, bool>? marketTurnsAt = null)
    {
        var conductor = new FormConductor(new SeededRandom(seed));
        var moments = new List<FormMoment>();
        for (var bar = 0; bar < bars; bar++)
        {
            if (marketTurnsAt?.Invoke(bar) == true)
            {
                conductor.MarketTurned();
            }

            moments.Add(conductor.NextBar());
        }

        return moments;
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void The_drums_rest_for_a_section_at_least_every_hundred_bars(ulong seed)
    {
        var moments = Bars(seed, 400);

        var longestWithDrums = 0;
        var run = 0;
        foreach (var moment in moments)
        {
            run = moment.Section.Drums ? run + 1 : 0;
            longestWithDrums = Math.Max(longestWithDrums, run);
        }

        Assert.InRange(longestWithDrums, 1, 100);
    }

    [Fact]
    public void The_piece_moves_through_every_kind_of_section_and_the_opening_theme_returns()
    {
        var moments = Bars(5, 120);

        Assert.Equal(Enum.GetValues<SectionKind>().Order(), moments.Select(m => m.Section.Kind).Distinct().Order());
        Assert.Contains(moments, m => m.Section.Kind == SectionKind.Return && m.Section.Theme == 0);
        Assert.Contains(moments, m => m.Section.Kind == SectionKind.Statement && m.Section.Theme == 1);
    }

    [Fact]
    public void The_energy_rises_and_falls_across_the_form()
    {
        var energies = Bars(9, 120).Select(m => m.Energy).ToArray();

        Assert.True(energies.Max() - energies.Min() >= 0.6, $"energy {energies.Min():F2}..{energies.Max():F2}");
    }

    [Fact]
    public void A_market_turn_ends_the_section_at_its_next_phrase_end_and_not_before()
    {
        var calm = Bars(4, 40);
        var statementStart = calm.FindIndex(m => m.Section.Kind == SectionKind.Statement);

        var turned = Bars(4, 40, bar => bar == statementStart + 1);

        Assert.Equal(calm.Take(statementStart + 4).Select(m => m.Section.Kind), turned.Take(statementStart + 4).Select(m => m.Section.Kind));
        Assert.Equal(SectionKind.Statement, calm[statementStart + 4].Section.Kind);
        Assert.NotEqual(SectionKind.Statement, turned[statementStart + 4].Section.Kind);
        Assert.True(turned[statementStart + 4].IsSectionStart);
    }

    [Fact]
    public void Sections_last_whole_phrases()
    {
        var moments = Bars(6, 200);

        Assert.All(Enumerable.Range(0, moments.Count).Where(bar => moments[bar].IsSectionStart), start => Assert.Equal(0, start % FormMoment.PhraseBars));
    }
}
