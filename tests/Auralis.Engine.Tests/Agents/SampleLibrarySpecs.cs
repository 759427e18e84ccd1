using Akka.Actor;
using Auralis.Audio.Codecs;
using Auralis.Engine.Agents;
using Auralis.Engine.Sessions;
using Auralis.Engine.Tests.TestSupport;
using Auralis.Music.Randomness;
using Auralis.Engine.Live;
using static Auralis.Engine.Agents.SampleRequests;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Engine.Tests.Agents;

public sealed class SampleLibrarySpecs : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly JournalFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private SessionDriver Start(ActorSystem system, string id)
    {
        var sessionId = new SessionId(id);
        var settings = SessionDriver.FreeRunning with { SampleDirectory = Path.Combine(_folder.Path, "samples") };
        return new SessionDriver(system.ActorOf(SessionActor.Props(sessionId, settings), sessionId.PersistenceId), sessionId);
    }

    private static byte[] Wav(int frames, Func<int, float> sample)
    {
        var stream = new MemoryStream();
        WavWriter.Write(stream, new WavAudio(48_000, 1, Enumerable.Range(0, frames).Select(sample).ToArray()), WavSampleFormat.Pcm16);
        return stream.ToArray();
    }

    // A low, slowly decaying thump, and a short bright burst of noise.
    private static byte[] Thump() => Wav(19_200, i => (float)(0.9 * Math.Exp(-i / 4800.0) * Math.Sin(2 * Math.PI * 55 * i / 48_000)));

    private static byte[] Tick()
    {
        var random = new SeededRandom(3);
        return Wav(2_400, i => (float)(0.6 * Math.Exp(-i / 400.0) * ((random.NextSingle() * 2) - 1)));
    }

    private static async Task UploadAsync(SessionDriver session, string name, byte[] wav) =>
        Assert.IsType<CommandAccepted>(await session.Session.Ask<object>(new UploadSample(session.Id, name, wav), Patience));

    [Fact]
    public async Task The_library_survives_a_restart_with_every_sample_and_its_features()
    {
        SampleEntry[] before;
        await using (var first = _folder.Start())
        {
            var session = Start(first.System, "library");
            await session.CreateAsync(1);
            await UploadAsync(session, "thump", Thump());
            await UploadAsync(session, "tick", Tick());
            before = [.. (await session.Session.Ask<SamplesListed>(new ListSamples(session.Id), Patience)).Samples];
        }

        await using var second = _folder.Start();
        var restarted = Start(second.System, "library");
        var after = (await restarted.Session.Ask<SamplesListed>(new ListSamples(restarted.Id), Patience)).Samples;

        Assert.Equal(["thump", "tick"], after.Select(s => s.Name));
        Assert.Equal(before.Select(s => (s.Name, s.Sha256, s.Features.DurationSeconds, s.Features.SpectralCentroidHertz)),
            after.Select(s => (s.Name, s.Sha256, s.Features.DurationSeconds, s.Features.SpectralCentroidHertz)));
    }

    [Fact]
    public async Task A_kit_from_the_library_takes_for_each_drum_the_sample_nearest_to_it_and_applies_at_a_step()
    {
        await using var node = _folder.Start();
        var session = Start(node.System, "kit");
        await session.CreateAsync(1);
        var empty = await session.Session.Ask<object>(new AssignKit(session.Id), Patience);
        await UploadAsync(session, "thump", Thump());
        await UploadAsync(session, "tick", Tick());

        var assigned = Assert.IsType<KitAssigned>(await session.Session.Ask<object>(new AssignKit(session.Id), Patience));
        var again = Assert.IsType<KitAssigned>(await session.Session.Ask<object>(new AssignKit(session.Id), Patience));
        var view = await session.ViewAsync();

        Assert.Equal(Rejection.NotFound, Assert.IsType<CommandRejected>(empty).Rejection.Code);
        Assert.Equal("thump", assigned.Kit["kick"]);
        Assert.Equal("tick", assigned.Kit["hat"]);
        Assert.Equal(SessionParameters.KitSlots.Order(StringComparer.Ordinal), assigned.Kit.Keys.Order(StringComparer.Ordinal));
        Assert.NotNull(assigned.AtTick);
        Assert.Null(again.AtTick);
        Assert.All(assigned.Kit, slot => Assert.Equal(slot.Value, view.State.Parameters[$"kit.{slot.Key}"].Text));
    }
}
