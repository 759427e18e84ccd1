using Microsoft.AspNetCore.Http.Features;

namespace Auralis.Node.Api;

/// <summary>Gives every problem response a stable <c>code</c>, including those ASP.NET Core writes itself (401, 403, 413, 429, 503, 500).</summary>
/// <remarks>
/// Problems the endpoints raise carry their own code; this fills in one from the status for the rest: the role filter, the
/// rate limiter, Kestrel's body limit, the status-code pages and the exception handler all write through the problem-details
/// service, so a client can always switch on <c>code</c>.
/// </remarks>
public static class ProblemCodes
{
    /// <summary>The body is larger than the node accepts.</summary>
    public const string BodyTooLarge = "body-too-large";

    /// <summary>The code for a problem with <paramref name="status"/> that did not name one.</summary>
    public static string ForStatus(int? status) => status switch
    {
        StatusCodes.Status400BadRequest => "bad-request",
        StatusCodes.Status401Unauthorized => "unauthorized",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound => "not-found",
        StatusCodes.Status405MethodNotAllowed => "method-not-allowed",
        StatusCodes.Status408RequestTimeout => "request-timeout",
        StatusCodes.Status409Conflict => "conflict",
        StatusCodes.Status413PayloadTooLarge => BodyTooLarge,
        StatusCodes.Status415UnsupportedMediaType => "unsupported-media-type",
        StatusCodes.Status429TooManyRequests => "rate-limited",
        StatusCodes.Status503ServiceUnavailable => "unavailable",
        >= 500 => "internal",
        _ => "bad-request",
    };

    /// <summary>Adds the status's code to a problem that has none (hooked into <c>AddProblemDetails</c>).</summary>
    public static void Stamp(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        if (context.Exception is BadHttpRequestException bad)
        {
            problem.Detail = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? $"The body is larger than this node accepts ({context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize} bytes)."
                : bad.Message;
        }

        problem.Extensions.TryAdd("code", ForStatus(problem.Status));
    }

    /// <summary>The status of a failed request: what Kestrel said of a bad request (413 for a body over the limit), 500 otherwise.</summary>
    public static int StatusOf(Exception exception) => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
}
