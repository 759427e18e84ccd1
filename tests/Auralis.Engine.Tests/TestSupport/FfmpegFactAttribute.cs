namespace Auralis.Engine.Tests.TestSupport;

/// <summary>A fact that needs ffmpeg; skipped, saying so, where <c>/usr/bin/ffmpeg</c> is missing.</summary>
public sealed class FfmpegFactAttribute : FactAttribute
{
    public const string Ffmpeg = "/usr/bin/ffmpeg";

    public FfmpegFactAttribute()
    {
        if (!File.Exists(Ffmpeg))
        {
            Skip = $"ffmpeg is not installed ({Ffmpeg}): apt-get install ffmpeg";
        }
    }
}
