namespace Auralis.Music.Form;

/// <summary>Where a bar lies in the piece's form, and the energy it carries.</summary>
/// <param name="Section">The section the bar belongs to.</param>
/// <param name="BarInSection">The bar's place in its section, from 0.</param>
/// <param name="BarInPhrase">The bar's place in its phrase, from 0.</param>
/// <param name="PhraseInSection">The phrase's place in its section, from 0.</param>
/// <param name="LastPhrase">True in the section's last phrase (as planned when the phrase began).</param>
/// <param name="Energy">The bar's energy, 0..1.</param>
public sealed record FormMoment(Section Section, int BarInSection, int BarInPhrase, int PhraseInSection, bool LastPhrase, double Energy)
{
    /// <summary>Bars in every phrase.</summary>
    public const int PhraseBars = 4;

    /// <summary>True on a phrase's first bar.</summary>
    public bool IsPhraseStart => BarInPhrase == 0;

    /// <summary>True on a phrase's last bar, where its cadence falls.</summary>
    public bool IsPhraseEnd => BarInPhrase == PhraseBars - 1;

    /// <summary>True on the section's first bar.</summary>
    public bool IsSectionStart => BarInSection == 0;

    /// <summary>How a phrase here ends: the last phrase of a section and every second phrase close, the others ask.</summary>
    public Cadence Cadence => LastPhrase || PhraseInSection % 2 == 1 ? Cadence.Authentic : Cadence.Half;
}
