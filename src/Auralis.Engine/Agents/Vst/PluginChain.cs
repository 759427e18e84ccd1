using Auralis.Engine.Sessions;

namespace Auralis.Engine.Agents.Vst;

/// <summary>A session's plugin chain as a host shows it: per voice its instrument and parameters, then the master effects.</summary>
public sealed record PluginChain(IReadOnlyList<VoicePlugin> Voices, IReadOnlyList<EffectSetting> Effects)
{
    /// <summary>The chain the inputs of <paramref name="state"/> have set.</summary>
    public static PluginChain Of(SessionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var voices = SessionParameters.Voices.Select(voice =>
        {
            var instrument = state.InstrumentOf(voice);
            var parameters = BuiltInPlugins.Instance.ParametersOf(instrument).Select(p =>
            {
                var normalized = state.Plugins.TryGetValue(PluginKeys.Of(voice, instrument, p.Id), out var set) ? set : p.ToNormalized(p.Default);
                return new PluginParameter(p.Id, p.Description, p.Min, p.Max, p.Unit, p.Default, p.FromNormalized((float)normalized), normalized,
                    p.Display((float)normalized));
            }).ToArray();
            return new VoicePlugin(voice, instrument, state.Number($"{voice}.gain"), state.Number($"{voice}.pan"), parameters);
        }).ToArray();
        EffectSetting[] effects =
        [
            new("delay", "delay mix", state.Number(SessionParameters.Delay)),
            new("reverb", "reverb wet level", state.Number(SessionParameters.Reverb)),
            new("limiter", "master volume into the limiter", state.Number(SessionParameters.Volume)),
        ];
        return new PluginChain(voices, effects);
    }
}

/// <summary>A voice's instrument in the chain.</summary>
public sealed record VoicePlugin(string Voice, string Instrument, double Gain, double Pan, IReadOnlyList<PluginParameter> Parameters);

/// <summary>One instrument parameter: its id and description, range, unit and default, and its current value (plain and normalized).</summary>
public sealed record PluginParameter(string Id, string Name, float Min, float Max, string Unit, float Default, float Value, double Normalized, string Display);

/// <summary>A master effect's level, 0..1.</summary>
public sealed record EffectSetting(string Id, string Name, double Level);
