namespace Auralis.Node.Security;

/// <summary>An endpoint filter that admits a request only with a token granting at least a role: 401 without one, 403 with too little.</summary>
public sealed class RoleFilter(AccessPolicy policy, Role required) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var token = AccessPolicy.TokenOf(context.HttpContext);
        var role = policy.RoleOf(token);
        if (role is null)
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                detail: token is null ? "This node needs an API key: send it as a bearer token." : "The API key is not known.");
        }

        if (role < required)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: $"A {role.Value.ToString().ToLowerInvariant()} key may not do this; it needs {required.ToString().ToLowerInvariant()}.");
        }

        return await next(context).ConfigureAwait(false);
    }
}

/// <summary>Adds <see cref="RoleFilter"/> to endpoints.</summary>
public static class RoleFilterExtensions
{
    /// <summary>Requires a token granting at least <paramref name="role"/>.</summary>
    public static TBuilder RequireRole<TBuilder>(this TBuilder builder, Role role)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var filter = new RoleFilter(factory.ApplicationServices.GetRequiredService<AccessPolicy>(), role);
            return context => filter.InvokeAsync(context, next);
        });
}
