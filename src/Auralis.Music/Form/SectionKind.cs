namespace Auralis.Music.Form;

/// <summary>The part a section plays in the piece's form.</summary>
public enum SectionKind
{
    /// <summary>The opening: held chords, a light beat and the first theme's head, slowed down.</summary>
    Intro,

    /// <summary>A theme is stated and answered.</summary>
    Statement,

    /// <summary>The theme is developed: inverted or turned round, often in another key.</summary>
    Development,

    /// <summary>The drums drop out and the music thins to a held pad, a sparse bass and fragments of the theme.</summary>
    Breakdown,

    /// <summary>The energy climbs back, bar by bar, towards a return or a climax.</summary>
    Build,

    /// <summary>The opening theme comes back as it was first heard.</summary>
    Return,

    /// <summary>The fullest, loudest and busiest section.</summary>
    Climax,
}
