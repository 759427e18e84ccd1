namespace Auralis.Audio.Instruments;

/// <summary>An instrument whose sounds can be replaced, slot by slot, by recorded samples.</summary>
/// <remarks>Samples are loaded off the render thread, before <see cref="IInstrument.Prepare"/>, which fits them to the output rate.</remarks>
public interface ISampleSlots
{
    /// <summary>The slots a sample can fill, by the names sessions use for them.</summary>
    IReadOnlyList<string> SampleSlots { get; }

    /// <summary>Plays <paramref name="sample"/> for <paramref name="slot"/> from now on.</summary>
    /// <exception cref="ArgumentException"><paramref name="slot"/> is not one of <see cref="SampleSlots"/>.</exception>
    void LoadSample(string slot, SampleData sample);
}
