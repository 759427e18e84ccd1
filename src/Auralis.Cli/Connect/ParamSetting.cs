using System.Globalization;
using Auralis.Cli.Arguments;
using Auralis.Engine.Sessions;
using Auralis.Protocol.Messages;

namespace Auralis.Cli.Connect;

/// <summary>Reads <c>--set name=value</c>: a value that reads as a number is sent as a JSON number, anything else as a string.</summary>
public static class ParamSetting
{
    /// <summary>The parameter's name and value; text without <c>=</c> or with an empty name is a usage error.</summary>
    public static (string Name, WireValue Value) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new UsageException($"--set needs name=value (such as bpm=120 or mode=dorian), not '{text}'");
        }

        var name = text[..equals].Trim();
        var value = text[(equals + 1)..].Trim();
        if (name.Length == 0 || value.Length == 0)
        {
            throw new UsageException($"--set needs name=value (such as bpm=120 or mode=dorian), not '{text}'");
        }

        // Refused here, before connecting, with the list: the node would refuse it too, but only after the connection.
        if (SessionParameters.Find(name) is null)
        {
            var known = SessionParameters.All.Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
            throw new UsageException(
                $"there is no parameter '{name}'{Suggestions.DidYouMean(name, known)}; the parameters are {string.Join(", ", known)}");
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? (name, WireValue.Of(number))
            : (name, WireValue.Of(value));
    }
}
