using Auralis.Engine.Agents.Sample;
using Auralis.Engine.Live;
using Auralis.Engine.ReadSide;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using Auralis.Engine.Tests.TestSupport;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionEvents;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Engine.Tests.Sessions;

public sealed class SoundFontSessionSpecs : JournalTestKit
{
    private const int SampleRate = 48_000;
    private readonly SampleFiles _files = new();

    public SoundFontSessionSpecs()
        : base("soundfont-specs")
    {
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _files.Dispose();
        }
    }

    private SessionDriver Start(string id, SessionSettings settings)
    {
        var sessionId = new SessionId(id);
        return new SessionDriver(Sys.ActorOf(SessionActor.Props(sessionId, settings), sessionId.PersistenceId), sessionId);
    }

    private static ChangeParameters Voices(SessionId id, string font, params string[] voices) =>
        new(id, voices.SelectMany(voice => new[]
        {
            KeyValuePair.Create($"{voice}.instrument", ParameterValue.Of("soundfont")),
            KeyValuePair.Create($"{voice}.soundfont", ParameterValue.Of(font)),
        }).ToDictionary());

    private async Task LiveEqualsReplayAsync(SessionDriver session, long frames, params (long Frame, Func<Task> Action)[] cues)
    {
        var subscription = await session.SubscribeAsync();
        var live = await SessionDriver.CaptureAsync(subscription.Ring.OpenReader(0), frames, cues);
        var replayed = new AudioCapture();
        await new JournalReplayer(Sys).ReplayAsync(session.Id, new ReplayLength(Seconds: (frames + 256) / (double)SampleRate), replayed);

        Assert.Equal(live.Select(BitConverter.SingleToInt32Bits), replayed.Samples.Take(live.Length).Select(BitConverter.SingleToInt32Bits));
        Assert.Contains(live, sample => Math.Abs(sample) > 0.01f);
    }

    [Fact]
    public async Task An_sfz_voice_plays_live_what_a_replay_from_the_journal_renders_bit_for_bit()
    {
        var tone = _files.LoopableA440();
        var organ = _files.Organ();
        var session = Start("sfz", SessionDriver.FreeRunning);
        await session.CreateAsync(5, ("intensity", ParameterValue.Of(0.8)));
        await session.AcceptedAsync(new AddSample(session.Id, "a440", tone.Path, tone.Sha256));
        await session.AcceptedAsync(new AddSample(session.Id, "organ", organ.Path, organ.Sha256));

        await LiveEqualsReplayAsync(session, 4L * SampleRate,
            (SampleRate / 2, () => session.AcceptedAsync(Voices(session.Id, "organ", "soprano", "bass"))),
            (2 * SampleRate, () => session.SetAsync("bass.instrument", ParameterValue.Of("subtractive"))));
    }

    [GeneralMidiFact]
    public async Task General_midi_voices_from_the_nodes_soundfont_join_the_library_and_replay_bit_for_bit()
    {
        var bytes = await File.ReadAllBytesAsync(GeneralMidiFactAttribute.Path);
        var stored = _files.Stored(bytes, ".sf2");
        var settings = SessionDriver.FreeRunning with
        {
            SoundFonts = new Dictionary<string, LibrarySample> { ["FluidR3_GM"] = new("FluidR3_GM", stored.Path, stored.Sha256) },
        };
        var session = Start("general-midi", settings);
        await session.CreateAsync(7, ("intensity", ParameterValue.Of(0.9)));

        await LiveEqualsReplayAsync(session, 4L * SampleRate,
            (SampleRate / 2, () => session.AcceptedAsync(Voices(session.Id, "FluidR3_GM", "soprano", "alto", "bass", "perc"))),
            (2 * SampleRate, () => session.SetAsync("soprano.program", ParameterValue.Of(73))));

        var view = await session.ViewAsync();
        Assert.Equal(stored.Sha256, view.State.Samples["FluidR3_GM"].Sha256);
        var history = await new SessionHistory(Sys).EventsAsync(session.Id);
        Assert.Single(history, e => e.Event is SampleAdded);
    }

    [Fact]
    public async Task A_soundfont_voice_without_a_font_or_with_a_wav_is_refused_with_what_to_do()
    {
        var tone = _files.LoopableA440();
        var session = Start("refusals", SessionDriver.FreeRunning);
        await session.CreateAsync(3);
        await session.AcceptedAsync(new AddSample(session.Id, "a440", tone.Path, tone.Sha256));

        var withoutFont = Assert.IsType<CommandRejected>(await session.SendAsync(new ChangeParameters(session.Id,
            new Dictionary<string, ParameterValue> { ["alto.instrument"] = ParameterValue.Of("soundfont") })));
        var wav = Assert.IsType<CommandRejected>(await session.SendAsync(Voices(session.Id, "a440", "alto")));
        var unknown = Assert.IsType<CommandRejected>(await session.SendAsync(Voices(session.Id, "FluidR3_GM", "alto")));

        Assert.Equal("alto.instrument=soundfont needs alto.soundfont: a SoundFont (.sf2) or SFZ of the session's library (upload one, or start the node with --soundfont).",
            withoutFont.Rejection.Message);
        Assert.Equal("alto.soundfont: 'a440' is a WAV sample; a soundfont voice plays a SoundFont (.sf2) or an SFZ.", wav.Rejection.Message);
        Assert.StartsWith("alto.soundfont: there is no sample 'FluidR3_GM'", unknown.Rejection.Message, StringComparison.Ordinal);
    }
}
