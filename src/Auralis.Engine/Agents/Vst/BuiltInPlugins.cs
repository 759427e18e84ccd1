using Auralis.Audio.Instruments;
using Auralis.Audio.Processing;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Agents.Vst;

/// <summary>The built-in instruments (<see cref="InstrumentParameters"/>) as a plugin host.</summary>
public sealed class BuiltInPlugins : IPluginHost
{
    /// <summary>The one instance.</summary>
    public static BuiltInPlugins Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<string> Plugins => InstrumentParameters.Names;

    /// <inheritdoc />
    public IReadOnlyList<ParameterInfo> ParametersOf(string name) => InstrumentParameters.Of(name);

    /// <inheritdoc />
    public IInstrument Create(string name, ulong seed) => InstrumentParameters.Create(name, seed);

    /// <summary>The index of parameter <paramref name="id"/> of plugin <paramref name="name"/>, or −1.</summary>
    public int IndexOf(string name, string id) => InstrumentParameters.IndexOf(name, id);
}
