using System.Text;
using Akka.Actor;
using Akka.TestKit.Xunit2;
using Auralis.Engine.Persistence;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Tests.Persistence;

/// <summary>Inputs gained an idempotency key in version 2: what is written carries it, and version 1 still reads.</summary>
public sealed class KeyedEventVersionTests : TestKit
{
    private static readonly SessionId Demo = new("demo");
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly SessionEventSerializer _serializer;

    public KeyedEventVersionTests() => _serializer = new SessionEventSerializer((ExtendedActorSystem)Sys);

    [Fact]
    public void A_keyed_input_is_written_as_version_2_with_its_request_id()
    {
        var keyed = new TransportChanged(Demo, TransportCommand.Stop, null, null, null, 3, 1440, Noon, "client-42");

        var written = Encoding.UTF8.GetString(_serializer.ToBinary(keyed));
        var restored = (TransportChanged)_serializer.FromBinary(_serializer.ToBinary(keyed), _serializer.Manifest(keyed));

        Assert.Equal("transport-changed.v2", _serializer.Manifest(keyed));
        Assert.Contains("\"requestId\":\"client-42\"", written, StringComparison.Ordinal);
        Assert.Equal("client-42", restored.RequestId);
    }

    [Fact]
    public void An_input_without_a_key_is_still_written_as_version_1_so_an_older_build_reads_it()
    {
        var unkeyed = new PriceObserved(Demo, 101.5, 2, 960, Noon);

        Assert.Equal("price-observed.v1", _serializer.Manifest(unkeyed));
        Assert.DoesNotContain("requestId", Encoding.UTF8.GetString(_serializer.ToBinary(unkeyed)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("session-renamed.v1", """{"sessionId":"demo","name":"old","at":"2026-11-24T12:00:00+00:00"}""")]
    [InlineData("price-observed.v1", """{"sessionId":"demo","price":101.5,"atStep":2,"atTick":960,"at":"2026-11-24T12:00:00+00:00"}""")]
    [InlineData("session-deleted.v1", """{"sessionId":"demo","at":"2026-11-24T12:00:00+00:00"}""")]
    public void A_version_1_input_reads_without_a_request_id(string manifest, string written)
    {
        var restored = (ISessionEvent)_serializer.FromBinary(Encoding.UTF8.GetBytes(written), manifest);

        Assert.Null(restored.RequestId);
        Assert.Equal(Demo, restored.SessionId);
    }

    [Fact]
    public void A_version_2_snapshot_with_version_1_inputs_inside_still_reads()
    {
        const string written = """
            {"state":{"id":"demo"},"resumeStep":64,"inputs":[
              {"manifest":"session-created.v1","event":{"sessionId":"demo","name":"Demo","seed":7,"parameters":{},"playing":true,"at":"2026-11-24T12:00:00+00:00"}},
              {"manifest":"parameters-changed.v1","event":{"sessionId":"demo","values":{"bpm":99},"atStep":4,"atTick":1920,"at":"2026-11-24T12:00:00+00:00"}}]}
            """;

        var restored = (SessionSnapshot)_serializer.FromBinary(Encoding.UTF8.GetBytes(written), "session-snapshot.v2");

        Assert.Equal(2, restored.Inputs.Count);
        Assert.Null(restored.Requests);
        Assert.Null(restored.Scheduled);
    }

    [Fact]
    public void A_snapshot_keeps_the_remembered_requests_and_the_held_inputs()
    {
        var keyed = new PriceObserved(Demo, 99.5, 4, 1920, Noon, "p-1");
        var held = new InputScheduled(Demo, Noon.AddMinutes(1), new ScheduledChange(Price: 101), "scheduled-1", Noon);
        var snapshot = new SessionSnapshot(SessionState.Empty(Demo), 8, [], null, [keyed], [held]);

        var restored = (SessionSnapshot)_serializer.FromBinary(_serializer.ToBinary(snapshot), _serializer.Manifest(snapshot));

        Assert.Equal("p-1", Assert.Single(restored.Requests!).RequestId);
        Assert.Equal(101, Assert.IsType<InputScheduled>(Assert.Single(restored.Scheduled!)).Change.Price);
    }
}
