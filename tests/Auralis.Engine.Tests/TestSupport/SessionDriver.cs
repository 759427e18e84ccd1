using Akka.Actor;
using Auralis.Audio.Streaming;
using Auralis.Engine.Sessions;
using Auralis.Engine.Listeners;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionQueries;
using static Auralis.Engine.Listeners.ListenerMessages;
using static Auralis.Engine.Listeners.SessionOutputs;

namespace Auralis.Engine.Tests.TestSupport;

/// <summary>Talks to a session actor the way a connection does: commands by Ask, audio from the ring, events from the listener queue.</summary>
internal sealed class SessionDriver(IActorRef session, SessionId id)
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Settings for tests: rendering runs free (as fast as material arrives), checkpoints come every 8 steps, and the ring holds 20 s.</summary>
    public static SessionSettings FreeRunning { get; } = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(50), 8, 50, 1 << 20, 1 << 16, RealTime: false);

    public SessionId Id { get; } = id;

    public IActorRef Session { get; } = session;

    public Task<object> SendAsync(ISessionCommand command) => Session.Ask<object>(command, AskTimeout);

    public async Task<CommandAccepted> AcceptedAsync(ISessionCommand command)
    {
        var answer = await SendAsync(command);
        return answer as CommandAccepted ?? throw new InvalidOperationException($"{command} was not accepted: {answer}");
    }

    public Task<CommandAccepted> CreateAsync(ulong seed, params (string Name, ParameterValue Value)[] parameters) =>
        AcceptedAsync(new CreateSession(Id, Id.Value, seed, parameters.ToDictionary(p => p.Name, p => p.Value)));

    public Task<CommandAccepted> SetAsync(string name, ParameterValue value) =>
        AcceptedAsync(new ChangeParameters(Id, new Dictionary<string, ParameterValue> { [name] = value }));

    public async Task<SessionView> ViewAsync() => (SessionView)await Session.Ask<object>(new GetSession(Id), AskTimeout);

    public async Task<Subscribed> SubscribeAsync() => (Subscribed)await Session.Ask<object>(new Subscribe(Id), AskTimeout);

    /// <summary>Reads the ring until <paramref name="frames"/> frames are captured, running <paramref name="cues"/> once the capture passes their frame.</summary>
    public static async Task<float[]> CaptureAsync(AudioRingReader reader, long frames, params (long Frame, Func<Task> Action)[] cues)
    {
        var captured = new List<float>((int)(frames * 2));
        var buffer = new float[8192];
        var pending = new Queue<(long Frame, Func<Task> Action)>(cues.OrderBy(c => c.Frame));
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (captured.Count < frames * 2)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {captured.Count / 2} of {frames} frames arrived.");
            }

            while (pending.Count > 0 && captured.Count / 2 >= pending.Peek().Frame)
            {
                await pending.Dequeue().Action();
            }

            var count = reader.Read(buffer, out _);
            captured.AddRange(buffer.AsSpan(0, count * 2).ToArray());
            if (count == 0)
            {
                await Task.Delay(1);
            }
        }

        if (reader.LostFrames != 0)
        {
            throw new InvalidOperationException($"The capture lost {reader.LostFrames} frames.");
        }

        return [.. captured.Take((int)(frames * 2))];
    }

    /// <summary>Every note the listener has been told of so far.</summary>
    /// <summary>
    /// Reads the listener's notes until <paramref name="voices"/> have each played one (a free-running session keeps
    /// composing, so how far it has got when a capture ends is the machine's timing, not the music's), or a minute passes.
    /// </summary>
    public static async Task<List<NotePlayed>> NotesUntilHeardAsync(Listener listener, IReadOnlyCollection<string> voices)
    {
        var notes = new List<NotePlayed>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            while (!voices.All(voice => notes.Any(note => note.Voice == voice)))
            {
                if (await listener.Outputs.ReadAsync(deadline.Token) is NotePlayed note)
                {
                    notes.Add(note);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or System.Threading.Channels.ChannelClosedException)
        {
            // The caller's assertion says which voices were never heard.
        }

        return notes;
    }

    public static List<NotePlayed> DrainNotes(Listener listener)
    {
        var notes = new List<NotePlayed>();
        while (listener.Outputs.TryRead(out var output))
        {
            if (output is NotePlayed note)
            {
                notes.Add(note);
            }
        }

        return notes;
    }
}
