namespace Auralis.Music.Form;

/// <summary>One phrase of a form: its section label, its place, its first bar and how it ends.</summary>
public sealed record Phrase(char Label, int Index, int FirstBar, int Bars, Cadence Cadence);

/// <summary>Where a bar lies in a form.</summary>
/// <param name="Phrase">The phrase the bar belongs to.</param>
/// <param name="BarInPhrase">The bar's place in its phrase, from 0.</param>
public sealed record FormPosition(Phrase Phrase, int BarInPhrase)
{
    /// <summary>True on the phrase's last bar, where its cadence falls.</summary>
    public bool IsCadenceBar => BarInPhrase == Phrase.Bars - 1;
}
