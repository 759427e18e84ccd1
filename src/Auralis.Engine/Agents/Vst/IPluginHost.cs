using Auralis.Audio.Instruments;
using Auralis.Audio.Processing;

namespace Auralis.Engine.Agents.Vst;

/// <summary>What makes instruments for a session's plugin chain: the seam where an external plugin host (VST3, CLAP, LV2) would plug in.</summary>
/// <remarks>
/// An external host implements this interface: it lists the plugins it can load by name, describes each plugin's
/// parameters as normalized <see cref="ParameterInfo"/> (id, range, unit, default), and creates an instance that is an
/// <see cref="IInstrument"/> and, to be steerable, an <see cref="IParameterized"/>. The instance is prepared off the render
/// thread and then driven block by block on it, so a hosted plugin must render without locking or allocating (a bridge to
/// an out-of-process host would exchange blocks through a preallocated shared ring). Parameter changes reach it only as
/// render events at exact frames, which keeps live and replay identical for any host that is deterministic.
/// </remarks>
public interface IPluginHost
{
    /// <summary>The plugins this host can create, by the names sessions use.</summary>
    IReadOnlyList<string> Plugins { get; }

    /// <summary>The normalized parameters of plugin <paramref name="name"/> (none when it has no parameters).</summary>
    IReadOnlyList<ParameterInfo> ParametersOf(string name);

    /// <summary>A new, unprepared instance of plugin <paramref name="name"/>; <paramref name="seed"/> seeds any noise it makes.</summary>
    IInstrument Create(string name, ulong seed);
}
