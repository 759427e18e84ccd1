using System.Collections.Frozen;
using Auralis.Audio.Instruments;
using Auralis.Audio.Processing;

namespace Auralis.Engine.Sessions;

/// <summary>
/// The built-in instruments of <see cref="InstrumentCatalog"/> and their parameters, read once: what the session's
/// state validates against, what the step pipeline addresses the renderer by, and what the VST agent shows as plugins.
/// </summary>
public static class InstrumentParameters
{
    private static readonly FrozenDictionary<string, IReadOnlyList<ParameterInfo>> ParametersByName = InstrumentCatalog.Names.ToFrozenDictionary(
        name => name,
        name => InstrumentCatalog.Create(name) is IParameterized parameterized ? parameterized.Parameters : (IReadOnlyList<ParameterInfo>)[],
        StringComparer.Ordinal);

    /// <summary>The instruments' names.</summary>
    public static IReadOnlyList<string> Names => InstrumentCatalog.Names;

    /// <summary>The parameters of instrument <paramref name="name"/> (none for an unknown one).</summary>
    public static IReadOnlyList<ParameterInfo> Of(string name) => ParametersByName.GetValueOrDefault(name) ?? [];

    /// <summary>A new instrument <paramref name="name"/> seeded with <paramref name="seed"/>.</summary>
    public static IInstrument Create(string name, ulong seed) => InstrumentCatalog.Create(name, seed);

    /// <summary>The index of parameter <paramref name="id"/> of instrument <paramref name="name"/>, or −1.</summary>
    public static int IndexOf(string name, string id)
    {
        var parameters = Of(name);
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}
