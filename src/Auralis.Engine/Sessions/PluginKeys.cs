namespace Auralis.Engine.Sessions;

/// <summary>How a plugin value is keyed in a session's state and presets: <c>voice/instrument/parameter</c>.</summary>
public static class PluginKeys
{
    /// <summary>The key of <paramref name="parameter"/> of <paramref name="instrument"/> on <paramref name="voice"/>.</summary>
    public static string Of(string voice, string instrument, string parameter) => $"{voice}/{instrument}/{parameter}";

    /// <summary>The parts of <paramref name="key"/>, or null when it is not a plugin key.</summary>
    public static (string Voice, string Instrument, string Parameter)? Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split('/');
        return parts.Length == 3 ? (parts[0], parts[1], parts[2]) : null;
    }
}
