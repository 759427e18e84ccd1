using Auralis.Engine.Sessions;

namespace Auralis.Node.Api;

/// <summary>
/// Reads a request's <c>Idempotency-Key</c> header: a client that retries a steering request under the same key has it
/// applied at most once, and gets the first answer again.
/// </summary>
public static class IdempotencyKeys
{
    /// <summary>The header's name.</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>The request's key (null when it sent none), or the problem with the one it sent.</summary>
    public static (string? Key, IResult? Problem) Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Headers.TryGetValue(Header, out var values))
        {
            return (null, null);
        }

        if (values.Count != 1)
        {
            return (null, Problems.BadRequest($"Send one {Header} header, not {values.Count}."));
        }

        var key = values[0] ?? string.Empty;
        return RequestLog.Check(key) is { } error ? (null, Problems.BadRequest($"{Header}: {error}")) : (key, null);
    }
}
