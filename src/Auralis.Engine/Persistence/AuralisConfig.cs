using System.Reflection;
using Akka.Configuration;

namespace Auralis.Engine.Persistence;

/// <summary>Loads the HOCON files of hocon/, which ship inside this assembly.</summary>
public static class AuralisConfig
{
    /// <summary>The text of hocon/<paramref name="name"/>.conf.</summary>
    public static string Text(string name)
    {
        var resource = $"hocon/{name}.conf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new ArgumentException($"There is no HOCON file {resource}.", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The named files merged, earlier files taking precedence over later ones.</summary>
    public static Config Load(params string[] names) =>
        names.Aggregate(Config.Empty, (config, name) => config.WithFallback(ConfigurationFactory.ParseString(Text(name))));
}
