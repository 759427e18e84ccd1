using System.Text.Json;
using Auralis.Protocol.Rest;

namespace Auralis.Cli.Sessions;

/// <summary>Reads a node's REST answer into its <c>Auralis.Protocol.Rest</c> record, with one clear message when it is not one.</summary>
internal static class NodeAnswers
{
    /// <summary>The answer <paramref name="json"/> as a <typeparamref name="T"/>; anything else is a <see cref="CliFailure"/>.</summary>
    public static T Read<T>(string json) where T : class
    {
        try
        {
            return RestJson.Read<T>(json);
        }
        catch (JsonException e)
        {
            throw new CliFailure($"the node's answer is not a {typeof(T).Name}: {e.Message}", e);
        }
    }
}
