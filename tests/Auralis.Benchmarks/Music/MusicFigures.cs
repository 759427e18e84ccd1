namespace Auralis.Benchmarks.Music;

/// <summary>
/// Every figure of one session: form over the long window, everything else over the short one; the moves observed over
/// the whole recording (a series may outlast the short window).
/// </summary>
internal sealed record MusicFigures(
    MusicCase Case,
    HarmonyFigures Harmony,
    FormFigures Form,
    MelodyFigures Melody,
    VoiceLeadingFigures VoiceLeading,
    DynamicsFigures Dynamics,
    MarketFigures Market,
    RegimeTexture Texture,
    LoudnessFigures Loudness,
    int MovesObserved)
{
    public static MusicFigures Of(MusicTrack track, double seconds, double formSeconds)
    {
        var shortWindow = track.Until(seconds);
        return new MusicFigures(
            track.Case,
            HarmonyFigures.Of(shortWindow),
            FormFigures.Of(track.Until(formSeconds)),
            MelodyFigures.Of(shortWindow),
            VoiceLeadingFigures.Of(shortWindow),
            DynamicsFigures.Of(shortWindow),
            MarketFigures.Of(shortWindow),
            RegimeTexture.Of(shortWindow),
            track.Loudness,
            MarketFigures.MovesObserved(track));
    }
}
