using Akka.Actor;
using Auralis.Audio.Codecs;
using Auralis.Engine.Agents;
using Auralis.Engine.Agents.Io;
using Auralis.Engine.ReadSide;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using Auralis.Engine.Tests.TestSupport;
using Auralis.Engine.Live;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionEvents;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Engine.Tests.Agents;

public sealed class AgentSpecs : JournalTestKit
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public AgentSpecs()
        : base("agent-specs")
    {
    }

    private SessionDriver Start(string id)
    {
        var sessionId = new SessionId(id);
        var settings = SessionDriver.FreeRunning with { SampleDirectory = System.IO.Path.Combine(Folder.Path, "samples") };
        return new SessionDriver(Sys.ActorOf(SessionActor.Props(sessionId, settings), sessionId.PersistenceId), sessionId);
    }

    private static async Task<T> AskAsync<T>(SessionDriver session, IAgentRequest request)
    {
        var answer = await session.Session.Ask<object>(request, Patience);
        return Assert.IsType<T>(answer);
    }

    private static byte[] Wav(Func<int, float> sample, int frames = 24_000)
    {
        var stream = new MemoryStream();
        WavWriter.Write(stream, new WavAudio(48_000, 1, Enumerable.Range(0, frames).Select(sample).ToArray()), WavSampleFormat.Pcm16);
        return stream.ToArray();
    }

    [Fact]
    public async Task A_backup_restored_into_a_new_session_replays_to_the_same_audio_bit_for_bit()
    {
        var original = Start("original");
        await original.CreateAsync(21, ("intensity", ParameterValue.Of(0.7)));
        await original.AcceptedAsync(new ChangeInstrumentParameters(original.Id, "bass", new Dictionary<string, double> { ["cutoff"] = 0.8 }));
        await original.AcceptedAsync(new AutomateParameter(original.Id, "soprano", "envAmount", 0.1, 0.9, 8));
        await original.AcceptedAsync(new ImportMotif(original.Id, "midi", [new MotifNote(0, 480, 72, 100), new MotifNote(480, 480, 71, 90)]));
        await original.SetAsync("delay", ParameterValue.Of(0.4));
        await original.AcceptedAsync(new SavePreset(original.Id, "mine"));

        var backup = await AskAsync<IoRequests.SessionExported>(original, new IoRequests.ExportSession(original.Id, "json", ReplayLength.ToLastInput));
        var copy = Start("copy");
        await copy.AcceptedAsync(new RestoreSession(copy.Id, SessionBackup.Read(backup.Content, copy.Id).Events));

        var replayer = new JournalReplayer(Sys);
        var before = new AudioCapture();
        var after = new AudioCapture();
        var fromOriginal = await replayer.ReplayAsync(original.Id, new ReplayLength(Seconds: 12), before);
        var fromCopy = await replayer.ReplayAsync(copy.Id, new ReplayLength(Seconds: 12), after);

        Assert.Equal(12 * 48_000 * 2, after.Samples.Count);
        Assert.Equal(before.Samples, after.Samples);
        Assert.Equal(fromOriginal.Notes, fromCopy.Notes);
        Assert.Contains(before.Samples, s => Math.Abs(s) > 0.01f);
        Assert.Contains("mine", (await copy.ViewAsync()).State.Presets.Keys);
        Assert.Equal(Rejection.AlreadyExists, Assert.IsType<CommandRejected>(await copy.SendAsync(new RestoreSession(copy.Id, SessionBackup.Read(backup.Content, copy.Id).Events))).Rejection.Code);
    }

    [Fact]
    public async Task Uploaded_samples_are_stored_persisted_with_their_hash_and_matched_by_features()
    {
        var session = Start("samples");
        await session.CreateAsync(2);

        Assert.IsType<CommandAccepted>(await session.Session.Ask<object>(new SampleRequests.UploadSample(session.Id, "low", Wav(i => 0.5f * MathF.Sin(2 * MathF.PI * 110 * i / 48_000))), Patience));
        Assert.IsType<CommandAccepted>(await session.Session.Ask<object>(new SampleRequests.UploadSample(session.Id, "high", Wav(i => 0.5f * MathF.Sin(2 * MathF.PI * 880 * i / 48_000))), Patience));
        var truncated = await session.Session.Ask<object>(new SampleRequests.UploadSample(session.Id, "bad", Wav(_ => 0)[..20]), Patience);
        var listed = await AskAsync<SampleRequests.SamplesListed>(session, new SampleRequests.ListSamples(session.Id));
        var nearest = await AskAsync<SampleRequests.SamplesListed>(session, new SampleRequests.FindNearestSample(session.Id, new Audio.Analysis.SampleRequest(PitchHertz: 800), 2));

        Assert.Equal(Rejection.BadValue, Assert.IsType<CommandRejected>(truncated).Rejection.Code);
        Assert.Equal(["high", "low"], listed.Samples.Select(s => s.Name));
        Assert.Equal(["high", "low"], nearest.Samples.Select(s => s.Name));
        var added = (await new SessionHistory(Sys).EventsAsync(session.Id)).Select(e => e.Event).OfType<SampleAdded>().ToArray();
        Assert.Equal(2, added.Length);
        Assert.All(added, a => Assert.Equal(a.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(a.Path)))));
    }

    [Fact]
    public async Task The_self_check_hears_a_sine_melody_in_tune()
    {
        var session = Start("self-check");
        await session.CreateAsync(4, ("soprano.instrument", ParameterValue.Of("sine")), ("alto.gain", ParameterValue.Of(0)), ("bass.gain", ParameterValue.Of(0)),
            ("perc.gain", ParameterValue.Of(0)), ("reverb", ParameterValue.Of(0)), ("delay", ParameterValue.Of(0)), ("intensity", ParameterValue.Of(0.2)));
        var subscription = await session.SubscribeAsync();
        await AwaitConditionAsync(() => Task.FromResult(subscription.Ring.WrittenFrames > 4 * 48_000), TimeSpan.FromSeconds(30));

        var heard = await AskAsync<PitchRequests.PitchAnalyzed>(session, new PitchRequests.CheckIntonation(session.Id, 2));

        Assert.InRange(heard.Seconds, 1.9, 2.1);
        Assert.NotEmpty(heard.Notes);
        Assert.True(heard.Notes.Count(n => Math.Abs(n.Cents) < 15) >= 0.8 * heard.Notes.Count, string.Join(", ", heard.Notes.Select(n => $"{n.Note} {n.Cents:0}")));
    }

    [Fact]
    public async Task A_price_csv_is_observed_as_one_batch_and_a_bad_one_changes_nothing()
    {
        var session = Start("csv");
        await session.CreateAsync(6);

        var accepted = await session.Session.Ask<object>(new IoRequests.ImportPriceCsv(session.Id, "date,price\n2026-01-02,100.5\n2026-01-03,101.25\n"), Patience);
        var refused = await session.Session.Ask<object>(new IoRequests.ImportPriceCsv(session.Id, "date,price\n2026-01-02,banana\n"), Patience);

        var series = Assert.Single(Assert.IsType<CommandAccepted>(accepted).Events.OfType<SessionEvents.PriceSeriesScheduled>());
        Assert.Equal([100.5, 101.25], series.Prices);
        Assert.Equal(1, series.StepsPerPrice);
        Assert.IsType<CommandRejected>(refused);
        Assert.Equal(2, (await new SessionHistory(Sys).EventsAsync(session.Id)).Count);
    }
}
