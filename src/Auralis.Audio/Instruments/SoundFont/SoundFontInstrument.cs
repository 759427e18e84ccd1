using System.Numerics;
using Auralis.Audio.Processing;

namespace Auralis.Audio.Instruments.SoundFont;

/// <summary>A sampled instrument that plays an SF2 preset or an SFZ instrument (<see cref="SampledProgram"/>).</summary>
/// <remarks>
/// Each note starts every zone that answers its key and velocity (a stereo sample is two zones), each on a voice of a
/// preallocated pool; a full pool gives up its quietest voice, released ones first. A note of a group chokes the
/// notes its group silences (SF2 exclusive classes, SFZ <c>group</c>/<c>off_by</c>). The program is loaded off the
/// render thread, before <see cref="Prepare"/>, with its frames already float at their own rate: the render path only
/// reads them, so it allocates nothing and takes no lock. With no program loaded the instrument is silent.
/// </remarks>
public sealed class SoundFontInstrument : IInstrument
{
    /// <summary>How many zones can sound at once.</summary>
    public const int Voices = 128;

    private readonly SampledVoice[] _voices = new SampledVoice[Voices];

    // One bit a voice, set while it sounds: the render finds its voices, and a note its free voice, in two words instead
    // of a pass over every voice's state (128 voices of a few hundred bytes each, every block).
    private readonly ulong[] _sounding = new ulong[Voices / 64];
    private float[] _scratch = new float[AudioSpec.Session.MaxBlockFrames * VoiceLanes.Width];
    private SampledProgram? _program;
    private double _sampleRate = 48_000;
    private long _serial;

    /// <inheritdoc />
    public string Name => "soundfont";

    /// <summary>The program the instrument plays, or null before one is loaded.</summary>
    public SampledProgram? Program => _program;

    /// <inheritdoc />
    public int ActiveVoices => BitOperations.PopCount(_sounding[0]) + BitOperations.PopCount(_sounding[1]);

    /// <summary>Plays <paramref name="program"/> from now on (off the render thread, before <see cref="Prepare"/>).</summary>
    public void Load(SampledProgram program)
    {
        _program = program ?? throw new ArgumentNullException(nameof(program));
        Reset();
    }

    /// <inheritdoc />
    public void Prepare(in AudioSpec spec)
    {
        spec.Validate();
        _sampleRate = spec.SampleRate;
        _scratch = new float[spec.MaxBlockFrames * VoiceLanes.Width];
        Reset();
    }

    /// <inheritdoc />
    public void Reset()
    {
        Array.Clear(_voices);
        Array.Clear(_sounding);
        _serial = 0;
    }

    /// <inheritdoc />
    public void NoteOn(int pitch, int velocity)
    {
        if (_program is not { } program)
        {
            return;
        }

        velocity = Math.Clamp(velocity, 1, 127);
        var serial = ++_serial;
        var zones = program.Zones;
        for (var z = 0; z < zones.Length; z++)
        {
            var zone = zones[z];
            if (!zone.Answers(pitch, velocity))
            {
                continue;
            }

            if (zone.Group != 0)
            {
                Choke(zone.Group, serial);
            }

            var free = Free();
            _voices[free].Start(zone, pitch, velocity, serial, _sampleRate);
            _sounding[free >> 6] |= 1UL << free;
        }
    }

    /// <inheritdoc />
    public void NoteOff(int pitch)
    {
        // The note on this pitch started last: every zone it started is released together.
        var serial = 0L;
        foreach (ref readonly var voice in _voices.AsSpan())
        {
            if (voice.Active && voice.Held && voice.Key == pitch && voice.Serial > serial)
            {
                serial = voice.Serial;
            }
        }

        if (serial == 0)
        {
            return;
        }

        foreach (ref var voice in _voices.AsSpan())
        {
            if (voice.Active && voice.Serial == serial)
            {
                voice.Release();
            }
        }
    }

    /// <inheritdoc />
    public void AllNotesOff()
    {
        foreach (ref var voice in _voices.AsSpan())
        {
            if (voice.Active && voice.Held)
            {
                voice.Release();
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>The sounding voices render eight at a time, side by side (<see cref="VoiceLanes"/>).</remarks>
    public void Render(Span<float> left, Span<float> right)
    {
        left.Clear();
        right.Clear();
        var most = _scratch.Length / VoiceLanes.Width;
        for (var start = 0; start < left.Length; start += most)
        {
            var frames = Math.Min(most, left.Length - start);
            RenderVoices(left.Slice(start, frames), right.Slice(start, frames));
        }
    }

    private void RenderVoices(Span<float> left, Span<float> right)
    {
        Span<int> members = stackalloc int[VoiceLanes.Width];
        var count = 0;
        for (var word = 0; word < _sounding.Length; word++)
        {
            for (var bits = _sounding[word]; bits != 0; bits &= bits - 1)
            {
                members[count++] = (word << 6) + BitOperations.TrailingZeroCount(bits);
                if (count == VoiceLanes.Width)
                {
                    RenderGroup(members, left, right);
                    count = 0;
                }
            }
        }

        if (count > 0)
        {
            RenderGroup(members[..count], left, right);
        }
    }

    // Renders a group side by side; a voice that ended in it (its sample ran out, or it fell silent) stops sounding.
    private void RenderGroup(ReadOnlySpan<int> members, Span<float> left, Span<float> right)
    {
        VoiceLanes.Render(_voices, members, _scratch, left, right);
        foreach (var v in members)
        {
            if (!_voices[v].Active)
            {
                _sounding[v >> 6] &= ~(1UL << v);
            }
        }
    }

    private void Choke(int group, long serial)
    {
        foreach (ref var voice in _voices.AsSpan())
        {
            if (voice.Active && voice.OffBy == group && voice.Serial != serial)
            {
                voice.Choke(_sampleRate);
            }
        }
    }

    // The first silent voice, else the quietest released one, else the quietest of all (stolen).
    private int Free()
    {
        for (var word = 0; word < _sounding.Length; word++)
        {
            if (~_sounding[word] != 0)
            {
                return (word << 6) + BitOperations.TrailingZeroCount(~_sounding[word]);
            }
        }

        var (quietestReleased, releasedLevel, quietest, level) = (-1, float.MaxValue, 0, float.MaxValue);
        for (var v = 0; v < _voices.Length; v++)
        {
            ref readonly var voice = ref _voices[v];

            if (!voice.Held && voice.Level < releasedLevel)
            {
                (quietestReleased, releasedLevel) = (v, voice.Level);
            }

            if (voice.Level < level)
            {
                (quietest, level) = (v, voice.Level);
            }
        }

        return quietestReleased >= 0 ? quietestReleased : quietest;
    }
}
