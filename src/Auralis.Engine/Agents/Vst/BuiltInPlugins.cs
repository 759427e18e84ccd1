using System.Collections.Frozen;
using Auralis.Audio.Instruments;
using Auralis.Audio.Processing;

namespace Auralis.Engine.Agents.Vst;

/// <summary>The built-in instruments of <see cref="InstrumentCatalog"/> as a plugin host.</summary>
public sealed class BuiltInPlugins : IPluginHost
{
    private static readonly FrozenDictionary<string, IReadOnlyList<ParameterInfo>> ParametersByName = InstrumentCatalog.Names.ToFrozenDictionary(
        name => name,
        name => InstrumentCatalog.Create(name) is IParameterized parameterized ? parameterized.Parameters : (IReadOnlyList<ParameterInfo>)[],
        StringComparer.Ordinal);

    /// <summary>The one instance.</summary>
    public static BuiltInPlugins Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<string> Plugins => InstrumentCatalog.Names;

    /// <inheritdoc />
    public IReadOnlyList<ParameterInfo> ParametersOf(string name) => ParametersByName.GetValueOrDefault(name) ?? [];

    /// <inheritdoc />
    public IInstrument Create(string name, ulong seed) => InstrumentCatalog.Create(name, seed);

    /// <summary>The index of parameter <paramref name="id"/> of plugin <paramref name="name"/>, or −1.</summary>
    public int IndexOf(string name, string id)
    {
        var parameters = ParametersOf(name);
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
