namespace Auralis.Audio.Rendering;

/// <summary>What a <see cref="RenderEvent"/> does when its frame is reached.</summary>
public enum RenderEventKind
{
    /// <summary>Start a note on a channel's instrument.</summary>
    NoteOn,
    /// <summary>Release a note on a channel's instrument.</summary>
    NoteOff,
    /// <summary>Release every note on a channel (or on all channels when Channel is −1).</summary>
    AllNotesOff,
    /// <summary>Set a channel's level (Value 0..1).</summary>
    ChannelGain,
    /// <summary>Set a channel's pan (Value −1..1).</summary>
    ChannelPan,
    /// <summary>Set a channel's reverb send (Value 0..1).</summary>
    ReverbSend,
    /// <summary>Set a channel's delay send (Value 0..1).</summary>
    DelaySend,
    /// <summary>Set the master volume after the loudness leveler (Value 0..1; 1 leaves the mix at its loudness target).</summary>
    MasterVolume,
    /// <summary>Set the reverb's wet level (Value 0..1).</summary>
    ReverbLevel,
    /// <summary>Set the delay's return level (Value 0..1).</summary>
    DelayLevel,
    /// <summary>Replace a channel's instrument with <see cref="RenderEvent.Instrument"/> (prepared off the render thread).</summary>
    SwapInstrument,
    /// <summary>Set an instrument parameter (Parameter index, Value normalized 0..1).</summary>
    InstrumentParameter,
    /// <summary>Set the loudness the master brings the mix to (Value in LUFS, −36..−8).</summary>
    MasterLoudness,
}
