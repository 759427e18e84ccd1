using Auralis.Music.Motifs;

namespace Auralis.Engine.Voices;

/// <summary>A voice that takes up an imported motif and develops it in its line.</summary>
public interface IDevelopsMotif
{
    /// <summary>From now on the voice quotes and varies <paramref name="motif"/> (null forgets it).</summary>
    void Learn(Motif? motif);
}
