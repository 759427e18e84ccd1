using System.Collections.Immutable;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Composition;

/// <summary>Which library samples a voice's instrument plays, read from the session's parameters.</summary>
/// <remarks>
/// The sampler's one slot, "sample", is the voice's own <c>{voice}.sample</c>; the drum kit's slots are the session's
/// <c>kit.{slot}</c>, shared by every voice that plays drums. An empty value keeps the built-in sound.
/// </remarks>
public static class InstrumentSamples
{
    /// <summary>The samples, by slot, that <paramref name="instrument"/> on <paramref name="voice"/> plays.</summary>
    public static ImmutableSortedDictionary<string, string> For(string voice, string instrument, IReadOnlyDictionary<string, ParameterValue> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        IEnumerable<(string Slot, string Parameter)> slots = instrument switch
        {
            "sampler" => [("sample", $"{voice}.sample")],
            "drums" => SessionParameters.KitSlots.Select(slot => (slot, $"kit.{slot}")),
            "soundfont" => [("soundfont", $"{voice}.soundfont")],
            _ => [],
        };
        return slots
            .Select(s => (s.Slot, Sample: parameters.TryGetValue(s.Parameter, out var value) ? value.Text ?? string.Empty : string.Empty))
            .Where(s => s.Sample.Length > 0)
            .ToImmutableSortedDictionary(s => s.Slot, s => s.Sample, StringComparer.Ordinal);
    }

    /// <summary>The General MIDI bank and program <paramref name="voice"/>'s SoundFont preset is.</summary>
    public static SoundFontPatch PatchOf(string voice, IReadOnlyDictionary<string, ParameterValue> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        int Whole(string name) => (int)(parameters.TryGetValue(name, out var value) ? value.Number ?? 0 : SessionParameters.Defaults[name].Number ?? 0);
        return new SoundFontPatch(Whole($"{voice}.bank"), Whole($"{voice}.program"));
    }

    /// <summary>True when a change of <paramref name="parameter"/> changes what <paramref name="instrument"/> on <paramref name="voice"/> sounds like.</summary>
    public static bool Reshapes(string parameter, string voice, string instrument) => instrument switch
    {
        "sampler" => parameter == $"{voice}.sample",
        "drums" => parameter.StartsWith("kit.", StringComparison.Ordinal),
        "soundfont" => parameter == $"{voice}.soundfont" || parameter == $"{voice}.bank" || parameter == $"{voice}.program",
        _ => false,
    };
}
