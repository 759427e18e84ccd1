namespace Auralis.Audio.Codecs.Midi;

/// <summary>A Standard MIDI File: format 0 (one track) or 1 (simultaneous tracks), ticks per quarter note, and the tracks.</summary>
public sealed record MidiFile
{
    /// <summary>Creates a file, refusing a format other than 0 or 1, a format-0 file with more than one track, or a bad division.</summary>
    public MidiFile(int format, int ticksPerQuarter, IReadOnlyList<MidiTrack> tracks)
    {
        if (format is not (0 or 1))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Auralis reads and writes MIDI formats 0 and 1.");
        }

        if (ticksPerQuarter is < 1 or > 0x7FFF)
        {
            throw new ArgumentOutOfRangeException(nameof(ticksPerQuarter), ticksPerQuarter, "Ticks per quarter note lie in 1..32767.");
        }

        ArgumentNullException.ThrowIfNull(tracks);
        if (format == 0 && tracks.Count != 1)
        {
            throw new ArgumentException($"A format-0 file has exactly one track, not {tracks.Count}.", nameof(tracks));
        }

        (Format, TicksPerQuarter, Tracks) = (format, ticksPerQuarter, tracks);
    }

    /// <summary>0: one track; 1: several tracks played together.</summary>
    public int Format { get; }

    /// <summary>The division: ticks per quarter note.</summary>
    public int TicksPerQuarter { get; }

    /// <summary>The tracks.</summary>
    public IReadOnlyList<MidiTrack> Tracks { get; }

    /// <summary>The tempo map gathered from every track's tempo changes.</summary>
    public TempoMap TempoMap => new(TicksPerQuarter, Tracks.SelectMany(t => t.Events).OfType<TempoChange>());
}
