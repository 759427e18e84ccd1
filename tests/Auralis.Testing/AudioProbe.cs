using Auralis.Protocol.Audio;
using Auralis.Protocol.Framing;

namespace Auralis.Testing;

/// <summary>Listens for a session's audio the way a client does (TCP, hello, then audio chunks): the time it is first heard.</summary>
public static class AudioProbe
{
    /// <summary>True when a client of the node on <paramref name="tcpPort"/> receives audio of <paramref name="session"/> within <paramref name="limit"/>.</summary>
    public static async Task<bool> HeardAsync(int tcpPort, string session, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        try
        {
            await using var client = await TcpTestClient.ConnectAsync(tcpPort);
            await client.HelloAsync(session, audio: AudioFormat.F32);
            while (DateTime.UtcNow < deadline)
            {
                if (await client.ReadAsync(deadline - DateTime.UtcNow) is not { } frame)
                {
                    return false;
                }

                if (frame.Kind == FrameKind.Audio)
                {
                    return true;
                }

                if (frame.Kind == FrameKind.Json && System.Text.Encoding.UTF8.GetString(frame.Payload.Span).Contains("\"type\":\"error\"", StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or OperationCanceledException)
        {
        }

        return false;
    }

    /// <summary>
    /// Starts a listener every <paramref name="every"/> (each waiting up to <paramref name="each"/>) until one hears the
    /// session, as many clients reconnecting would; the time since <paramref name="since"/> at which the first heard it.
    /// </summary>
    /// <remarks>A request sent to a node that just died is lost, not refused, so a single listener could wait its whole limit: overlapping ones time the gap to within <paramref name="every"/>.</remarks>
    public static async Task<TimeSpan> UntilHeardAsync(Func<int> tcpPort, string session, System.Diagnostics.Stopwatch since, TimeSpan limit, TimeSpan each, TimeSpan every)
    {
        var heard = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new List<Task>();
        while (since.Elapsed < limit && !heard.Task.IsCompleted)
        {
            var port = tcpPort();
            listeners.Add(Task.Run(async () =>
            {
                if (await HeardAsync(port, session, each))
                {
                    heard.TrySetResult(since.Elapsed);
                }
            }));
            await Task.WhenAny(heard.Task, Task.Delay(every));
        }

        await Task.WhenAll(listeners);
        return heard.Task.IsCompleted ? await heard.Task : throw new TimeoutException($"Session {session} was not heard again within {limit}.");
    }
}
