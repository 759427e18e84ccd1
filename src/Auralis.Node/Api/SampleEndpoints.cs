using System.Globalization;
using Auralis.Engine.Agents;
using Auralis.Audio.Analysis;
using Auralis.Node.Hosting;
using Auralis.Node.Security;
using Auralis.Protocol.Rest;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Node.Api;

/// <summary>The sample agent's REST face: a session's library (list, upload), the nearest sample to a description, a drum kit from the library.</summary>
public static class SampleEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapSamples(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/sessions").WithTags("agents");
        group.MapGet("/{id}/samples", (string id, SessionGateway gateway, CancellationToken token) =>
            SessionAsks.Ask<SampleRequests.SamplesListed>(id, gateway, s => new SampleRequests.ListSamples(s), listed => Results.Ok(AgentAnswers.Samples(listed.Samples)), token))
            .RequireRole(Role.Listener).Produces<SampleList>();
        group.MapPost("/{id}/samples", UploadSampleAsync).RequireRole(Role.Performer).Produces<SampleSaved>().Produces<SampleSaved>(StatusCodes.Status201Created);
        group.MapGet("/{id}/samples/nearest", NearestAsync).RequireRole(Role.Listener).Produces<SampleList>();
        group.MapPost("/{id}/samples/kit", (string id, SessionGateway gateway, CancellationToken token) =>
            SessionAsks.Ask<SampleRequests.KitAssigned>(id, gateway, s => new SampleRequests.AssignKit(s), kit => Results.Ok(new KitAssigned(kit.Kit, kit.AtTick)), token))
            .RequireRole(Role.Performer).Produces<KitAssigned>();
        return app;
    }

    private static async Task<IResult> UploadSampleAsync(string id, string? name, HttpRequest request, SessionGateway gateway)
    {
        var (bytes, error) = await Uploads.ReadAsync(request).ConfigureAwait(false);
        if (error is not null || name is null)
        {
            return Problems.BadRequest(error ?? "Name the sample: POST …/samples?name=kick with the WAV as the body.");
        }

        // The same bytes under the same name again change nothing: 200 instead of 201.
        var saved = new SampleSaved(name, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        return await SessionAsks.Ask<CommandAccepted>(id, gateway, s => new SampleRequests.UploadSample(s, name, bytes),
            accepted => accepted.Events.Count > 0 ? Results.Created($"/api/v1/sessions/{id}/samples", saved) : Results.Ok(saved),
            request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static Task<IResult> NearestAsync(string id, HttpRequest request, SessionGateway gateway, CancellationToken token)
    {
        var query = request.Query;
        double? Get(string name) => double.TryParse(query[name], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
        var unknown = query.Keys.Except(["duration", "rms", "peak", "centroid", "zcr", "onsets", "pitch", "pitched", "count"]).FirstOrDefault();
        if (unknown is not null || query.Keys.Any(k => k is not ("pitched" or "count") && Get(k) is null))
        {
            return Task.FromResult(Problems.BadRequest("nearest takes numbers: duration, rms, peak, centroid, zcr, onsets, pitch; pitched=true|false; count."));
        }

        bool? pitched = bool.TryParse(query["pitched"], out var p) ? p : null;
        var wanted = new SampleRequest(Get("duration"), Get("rms"), Get("peak"), Get("centroid"), Get("zcr"), Get("onsets"), Get("pitch"), pitched);
        return SessionAsks.Ask<SampleRequests.SamplesListed>(id, gateway, s => new SampleRequests.FindNearestSample(s, wanted, (int)(Get("count") ?? 1)),
            listed => Results.Ok(AgentAnswers.Samples(listed.Samples)), token);
    }
}
