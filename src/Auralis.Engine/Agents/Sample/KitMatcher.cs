using Auralis.Audio.Analysis;
using Auralis.Audio.Instruments;
using Auralis.Audio.Processing;
using Auralis.Engine.Sessions;

namespace Auralis.Engine.Agents.Sample;

/// <summary>Chooses, for each drum of the kit, the library sample that sounds most like the built-in drum it replaces.</summary>
/// <remarks>
/// Each built-in drum is struck once and analyzed like any sample; the match compares length, brightness, noisiness and
/// onsets, not level (a quiet kick is still a kick) and not pitch (drums are unpitched, even when a kick's sweep reads as
/// one). The built-in hits are rendered once, so the choice depends only on the library.
/// </remarks>
public static class KitMatcher
{
    private static readonly Lazy<IReadOnlyDictionary<string, SampleRequest>> Wanted = new(() =>
        SessionParameters.KitSlots.ToDictionary(slot => slot, slot => Like(BuiltIn(DrumKitInstrument.PitchOf(slot)))));

    /// <summary>For each kit slot, the name of the nearest sample of <paramref name="library"/>; empty when the library is.</summary>
    public static IReadOnlyDictionary<string, string> Match(SampleLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        return library.Count == 0
            ? new Dictionary<string, string>()
            : SessionParameters.KitSlots.ToDictionary(slot => slot, slot => library.Nearest(Wanted.Value[slot])!.Name);
    }

    private static SampleRequest Like(SampleFeatures features) => SampleRequest.Like(features) with { Rms = null, Peak = null, PitchHertz = null, Pitched = null };

    // One hit of the built-in drum, to its last sounding frame.
    private static SampleFeatures BuiltIn(int pitch)
    {
        var spec = AudioSpec.Session;
        var kit = new DrumKitInstrument();
        kit.Prepare(spec);
        kit.NoteOn(pitch, 110);
        var hit = new float[spec.SampleRate * 2];
        var right = new float[spec.MaxBlockFrames];
        for (var start = 0; start < hit.Length; start += spec.MaxBlockFrames)
        {
            var frames = Math.Min(spec.MaxBlockFrames, hit.Length - start);
            kit.Render(hit.AsSpan(start, frames), right.AsSpan(0, frames));
        }

        var end = Array.FindLastIndex(hit, sample => sample != 0) + 1;
        return SampleAnalyzer.AnalyzeUnpitched(hit.AsSpan(0, Math.Max(end, 1)), spec.SampleRate);
    }
}
