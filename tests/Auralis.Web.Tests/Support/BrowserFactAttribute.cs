namespace Auralis.Web.Tests.Support;

/// <summary>A fact that needs Debian's Chromium at <see cref="ChromiumPath"/>, and is skipped with the reason when it is not installed.</summary>
/// <remarks>xunit v2 has no dynamic skip, so the attribute decides when the test is discovered.</remarks>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Where Debian's <c>chromium</c> package installs the browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Skips the test when the browser is missing.</summary>
    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"Chromium is not installed at {ChromiumPath} (.ci/run installs it with apt)";
        }
    }
}
