using Auralis.Engine.Composition;

namespace Auralis.Engine.Tests.TestSupport;

/// <summary>Compares composed steps field by field, lists element by element, so a difference names where it lies.</summary>
internal static class StepAssert
{
    /// <summary>Asserts that <paramref name="actual"/> is the very step <paramref name="expected"/> is.</summary>
    public static void Same(ComposedStep expected, ComposedStep actual)
    {
        var at = $"step {expected.Span.Step}";
        Assert.True(expected.Span == actual.Span, $"{at}: span {actual.Span}, expected {expected.Span}");
        Assert.True(expected.Position == actual.Position, $"{at}: position {actual.Position}, expected {expected.Position}");
        Assert.True(Equals(expected.Chord, actual.Chord) && expected.Degree == actual.Degree && expected.ChordChanged == actual.ChordChanged,
            $"{at}: chord {actual.Degree} {actual.Chord} (changed {actual.ChordChanged}), expected {expected.Degree} {expected.Chord} (changed {expected.ChordChanged})");
        Assert.True(Equals(expected.Move, actual.Move), $"{at}: move {actual.Move}, expected {expected.Move}");
        Assert.True(expected.Trades.SequenceEqual(actual.Trades), $"{at}: trades [{string.Join(", ", actual.Trades)}], expected [{string.Join(", ", expected.Trades)}]");
        Assert.True(expected.Notes.SequenceEqual(actual.Notes), $"{at}: notes [{string.Join(", ", actual.Notes)}], expected [{string.Join(", ", expected.Notes)}]");
        Assert.True(expected.MixEvents.SequenceEqual(actual.MixEvents),
            $"{at}: mix [{string.Join(", ", actual.MixEvents)}], expected [{string.Join(", ", expected.MixEvents)}]");
    }
}
