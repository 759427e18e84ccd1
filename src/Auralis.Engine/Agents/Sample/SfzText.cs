using System.Text;

namespace Auralis.Engine.Agents.Sample;

/// <summary>Tells an SFZ instrument's text from other uploads: UTF-8 (or ASCII) text with at least one SFZ section header.</summary>
public static class SfzText
{
    private static readonly string[] Headers = ["<region>", "<group>", "<global>", "<control>", "<master>"];

    /// <summary>The text of <paramref name="content"/> when it reads as an SFZ file, else null.</summary>
    public static string? Of(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0 || content.AsSpan().StartsWith("RIFF"u8) || content.Contains((byte)0))
        {
            return null;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return Headers.Any(h => text.Contains(h, StringComparison.OrdinalIgnoreCase)) ? text : null;
    }
}
