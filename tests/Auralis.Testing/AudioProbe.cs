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

    /// <summary>Asks again and again (each ask waiting up to <paramref name="each"/>) until the session is heard; the time since <paramref name="since"/>.</summary>
    public static async Task<TimeSpan> UntilHeardAsync(Func<int> tcpPort, string session, System.Diagnostics.Stopwatch since, TimeSpan limit, TimeSpan each)
    {
        while (since.Elapsed < limit)
        {
            if (await HeardAsync(tcpPort(), session, each))
            {
                return since.Elapsed;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Session {session} was not heard again within {limit}.");
    }
}
