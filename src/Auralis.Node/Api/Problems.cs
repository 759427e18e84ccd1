using Auralis.Engine.Sessions;
using Auralis.Node.Hosting;

namespace Auralis.Node.Api;

/// <summary>RFC 7807 problem responses for what sessions refuse or fail to answer.</summary>
public static class Problems
{
    /// <summary>The problem for a session's refusal: 404 for an unknown or deleted session, 409 for an id in use or a failed session, 400 otherwise.</summary>
    public static IResult For(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var status = rejection.Code switch
        {
            Rejection.NotFound => StatusCodes.Status404NotFound,
            Rejection.AlreadyExists or Rejection.Failed => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        return Results.Problem(statusCode: status, title: rejection.Code, detail: rejection.Message, extensions: new Dictionary<string, object?> { ["code"] = rejection.Code });
    }

    /// <summary>A request the node could not understand.</summary>
    public static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "bad-request", detail: detail, extensions: new Dictionary<string, object?> { ["code"] = "bad-request" });

    /// <summary>
    /// The problem for an answer that is not the one asked for: the session's refusal, or a 500 for anything else (a
    /// session that did not answer in time becomes 503 elsewhere).
    /// </summary>
    public static IResult For<TAnswer>(SessionAnswer<TAnswer> answer)
        where TAnswer : class =>
        answer.Rejection is { } rejection
            ? For(rejection)
            : Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "internal", detail: $"The session answered {answer.Other ?? typeof(TAnswer).Name}.");

    /// <summary>
    /// A session that did not answer in time: what was asked may or may not have been applied (it may have been journaled
    /// just before a node failed), so the client retries with the same <c>Idempotency-Key</c> to have it applied once.
    /// </summary>
    public static IResult Timeout(SessionId id) =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "unavailable",
            detail: $"Session '{id}' did not answer in time; the request may or may not have been applied. Retry with the same {IdempotencyKeys.Header} to have it applied once.");
}
