namespace Auralis.Node.Security;

/// <summary>Refuses a request whose Host is not one of the node's names: 400 <c>host-not-allowed</c>, as a problem response.</summary>
/// <remarks>
/// This is ASP.NET Core's host filtering (the same <see cref="HostString.MatchesAny"/> matching), run inside the node's own
/// pipeline instead of the built-in middleware, which answers before the problem-details service and so without a <c>code</c>.
/// </remarks>
public static class HostCheck
{
    /// <summary>The problem code of a refused Host.</summary>
    public const string HostNotAllowed = "host-not-allowed";

    /// <summary>Adds the check to the pipeline.</summary>
    public static IApplicationBuilder UseHostCheck(this IApplicationBuilder app, NodeNames names) =>
        app.Use(async (context, next) =>
        {
            if (names.Accepts(context.Request.Host))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = HostNotAllowed,
                    Detail = $"This node does not answer to '{context.Request.Host}'; it answers to {string.Join(", ", names.Hosts)} (Auralis:AllowedHosts adds names).",
                    Extensions = { ["code"] = HostNotAllowed },
                },
            }).ConfigureAwait(false);
        });
}
