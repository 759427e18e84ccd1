using Auralis.Audio.Instruments.SoundFont;

namespace Auralis.Engine.Synthesis;

/// <summary>
/// The SoundFont 2 files this process has read, by their SHA-256, held weakly: a General MIDI font is 150 MB, and every
/// session (and replay) of a node that plays it shares one copy and the programs decoded from it while any of them lives.
/// </summary>
/// <remarks>Only SF2 banks are shared: an SFZ's sound depends on its session's library as well as its own bytes.</remarks>
internal static class SoundFontCache
{
    private static readonly Dictionary<string, WeakReference<SoundFontBank>> Banks = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static SoundFontBank? Find(string sha256)
    {
        lock (Gate)
        {
            return Banks.TryGetValue(sha256, out var held) && held.TryGetTarget(out var bank) ? bank : null;
        }
    }

    public static void Keep(string sha256, SoundFontBank bank)
    {
        if (bank.IsSfz)
        {
            return;
        }

        lock (Gate)
        {
            foreach (var dead in Banks.Where(b => !b.Value.TryGetTarget(out _)).Select(b => b.Key).ToArray())
            {
                Banks.Remove(dead);
            }

            Banks[sha256] = new WeakReference<SoundFontBank>(bank);
        }
    }
}
