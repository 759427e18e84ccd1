using Akka.Configuration;
using Akka.Configuration.Hocon;

namespace Auralis.Engine.Persistence;

/// <summary>Configuration values set as HOCON objects rather than written as HOCON text.</summary>
/// <remarks>
/// A value that comes from outside (a connection string from the command line) would have to be quoted and escaped to be
/// written into HOCON text, and a quote or backslash missed would change the setting or break the parse; placed in the
/// object tree it is a string literal as it is.
/// </remarks>
public static class ConfigValues
{
    /// <summary>A configuration holding only <paramref name="value"/> at <paramref name="path"/> (keys separated by dots, none quoted).</summary>
    public static Config At(string path, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(value);
        var root = new HoconValue();
        var current = root;
        foreach (var key in path.Split('.'))
        {
            var node = new HoconObject();
            current.NewValue(node);
            current = node.GetOrCreateKey(key);
        }

        current.NewValue(new HoconLiteral { Value = value });
        return new Config(new HoconRoot(root));
    }
}
