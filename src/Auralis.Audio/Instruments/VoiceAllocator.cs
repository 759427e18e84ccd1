namespace Auralis.Audio.Instruments;

/// <summary>Assigns notes to a fixed pool of voices, stealing the oldest when all are busy.</summary>
/// <remarks>
/// Each note gets a serial number; a voice remembers the serial of the note it plays, so a note-off for a note whose
/// voice was stolen finds no voice and is ignored instead of cutting the new note short. Allocation-free.
/// </remarks>
public sealed class VoiceAllocator
{
    private readonly int[] _pitch;
    private readonly long[] _serial;
    private readonly bool[] _held;
    private long _nextSerial = 1;

    /// <summary>Creates an allocator for <paramref name="voices"/> voices.</summary>
    public VoiceAllocator(int voices)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(voices);
        _pitch = new int[voices];
        _serial = new long[voices];
        _held = new bool[voices];
    }

    /// <summary>The number of voices.</summary>
    public int Count => _pitch.Length;

    /// <summary>
    /// The voice to start <paramref name="pitch"/> on: a voice the caller reports silent, else the oldest released one,
    /// else the oldest held one (stolen).
    /// </summary>
    public int Allocate(int pitch, Func<int, bool> isSilent)
    {
        var chosen = -1;
        for (var v = 0; v < _pitch.Length && chosen < 0; v++)
        {
            if (isSilent(v))
            {
                chosen = v;
            }
        }

        if (chosen < 0)
        {
            chosen = Oldest(held: false);
        }

        if (chosen < 0)
        {
            chosen = Oldest(held: true);
        }

        _pitch[chosen] = pitch;
        _serial[chosen] = _nextSerial++;
        _held[chosen] = true;
        return chosen;
    }

    /// <summary>The voice holding the most recent note on <paramref name="pitch"/>, released now; −1 when none holds it.</summary>
    public int Release(int pitch)
    {
        var found = -1;
        for (var v = 0; v < _pitch.Length; v++)
        {
            if (_held[v] && _pitch[v] == pitch && (found < 0 || _serial[v] > _serial[found]))
            {
                found = v;
            }
        }

        if (found >= 0)
        {
            _held[found] = false;
        }

        return found;
    }

    /// <summary>Marks every voice released.</summary>
    public void ReleaseAll() => Array.Clear(_held);

    /// <summary>True while voice <paramref name="voice"/>'s key is down.</summary>
    public bool IsHeld(int voice) => _held[voice];

    private int Oldest(bool held)
    {
        var oldest = -1;
        for (var v = 0; v < _pitch.Length; v++)
        {
            if (_held[v] == held && (oldest < 0 || _serial[v] < _serial[oldest]))
            {
                oldest = v;
            }
        }

        return oldest;
    }
}
