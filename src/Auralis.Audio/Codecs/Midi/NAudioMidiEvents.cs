using N = NAudio.Midi;

namespace Auralis.Audio.Codecs.Midi;

/// <summary>Translates between Auralis's MIDI events (channels 0..15, bend centred on 0) and NAudio.Midi's (channels 1..16, bend centred on 8192).</summary>
internal static class NAudioMidiEvents
{
    private const int BendCentre = 8192;

    /// <summary>The NAudio event writing <paramref name="midiEvent"/>.</summary>
    public static N.MidiEvent ToNAudio(MidiEvent midiEvent) => midiEvent switch
    {
        NoteOn on => new N.NoteEvent(on.Tick, on.Channel + 1, N.MidiCommandCode.NoteOn, on.Pitch, on.Velocity),
        NoteOff off => new N.NoteEvent(off.Tick, off.Channel + 1, N.MidiCommandCode.NoteOff, off.Pitch, off.Velocity),
        PolyPressure poly => new N.NoteEvent(poly.Tick, poly.Channel + 1, N.MidiCommandCode.KeyAfterTouch, poly.Pitch, poly.Pressure),
        ControlChange cc => new N.ControlChangeEvent(cc.Tick, cc.Channel + 1, (N.MidiController)cc.Controller, cc.Value),
        ProgramChange program => new N.PatchChangeEvent(program.Tick, program.Channel + 1, program.Program),
        ChannelPressure pressure => new N.ChannelAfterTouchEvent(pressure.Tick, pressure.Channel + 1, pressure.Pressure),
        PitchBend bend => new N.PitchWheelChangeEvent(bend.Tick, bend.Channel + 1, bend.Value + BendCentre),
        TempoChange tempo => new N.TempoEvent(tempo.MicrosecondsPerQuarter, tempo.Tick),
        TimeSignatureChange time => new N.TimeSignatureEvent(time.Tick, time.Numerator, time.DenominatorPower, time.ClocksPerClick, time.ThirtySecondsPerQuarter),
        KeySignatureChange key => new N.KeySignatureEvent(key.Sharps, key.Minor ? 1 : 0, key.Tick),
        MetaEvent meta => new N.RawMetaEvent((N.MetaEventType)meta.Type, meta.Tick, meta.Data),
        _ => throw new ArgumentException($"Auralis cannot write a {midiEvent.GetType().Name} to a MIDI file.", nameof(midiEvent)),
    };

    /// <summary>A track read by NAudio: its first track-name event becomes the name; end-of-track, system-exclusive and real-time messages are dropped.</summary>
    public static MidiTrack FromNAudio(IEnumerable<N.MidiEvent> events)
    {
        string? name = null;
        var track = new List<MidiEvent>();
        foreach (var midiEvent in events)
        {
            if (midiEvent is N.TextEvent { MetaEventType: N.MetaEventType.SequenceTrackName } trackName && name is null)
            {
                name = trackName.Text;
            }
            else if (FromNAudio(midiEvent) is { } read)
            {
                track.Add(read);
            }
        }

        return new MidiTrack(name, track);
    }

    private static MidiEvent? FromNAudio(N.MidiEvent midiEvent)
    {
        var (tick, channel) = (midiEvent.AbsoluteTime, midiEvent.Channel - 1);
        return midiEvent switch
        {
            N.NoteEvent { CommandCode: N.MidiCommandCode.NoteOn, Velocity: > 0 } on => new NoteOn(tick, channel, on.NoteNumber, on.Velocity),
            N.NoteEvent { CommandCode: N.MidiCommandCode.NoteOn } silent => new NoteOff(tick, channel, silent.NoteNumber),
            N.NoteEvent { CommandCode: N.MidiCommandCode.NoteOff } off => new NoteOff(tick, channel, off.NoteNumber, off.Velocity),
            N.NoteEvent { CommandCode: N.MidiCommandCode.KeyAfterTouch } poly => new PolyPressure(tick, channel, poly.NoteNumber, poly.Velocity),
            N.ControlChangeEvent cc => new ControlChange(tick, channel, (int)cc.Controller, cc.ControllerValue),
            N.PatchChangeEvent program => new ProgramChange(tick, channel, program.Patch),
            N.ChannelAfterTouchEvent pressure => new ChannelPressure(tick, channel, pressure.AfterTouchPressure),
            N.PitchWheelChangeEvent bend => new PitchBend(tick, channel, bend.Pitch - BendCentre),
            N.TempoEvent tempo => new TempoChange(tick, tempo.MicrosecondsPerQuarterNote),
            N.TimeSignatureEvent time => new TimeSignatureChange(tick, time.Numerator, time.Denominator, time.TicksInMetronomeClick, time.No32ndNotesInQuarterNote),
            N.KeySignatureEvent key => new KeySignatureChange(tick, key.SharpsFlats, key.MajorMinor == 1),
            N.MetaEvent { MetaEventType: N.MetaEventType.EndTrack } => null,
            N.TextEvent text => new MetaEvent(tick, (int)text.MetaEventType, text.Data),
            N.RawMetaEvent raw => new MetaEvent(tick, (int)raw.MetaEventType, raw.Data),
            N.SequencerSpecificEvent sequencer => new MetaEvent(tick, (int)sequencer.MetaEventType, sequencer.Data),
            N.MetaEvent other => new MetaEvent(tick, (int)other.MetaEventType, MetaBody(other)),
            _ => null,
        };
    }

    // NAudio exposes no raw body for some meta events (sequence number, SMPTE offset): export the event and keep what follows
    // its delta (0, one byte), 0xFF, the type and the length (one byte: such bodies are short).
    private static byte[] MetaBody(N.MetaEvent meta)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.Latin1, leaveOpen: true))
        {
            var at = meta.AbsoluteTime;
            meta.Export(ref at, writer);
        }

        return buffer.ToArray()[4..];
    }
}
