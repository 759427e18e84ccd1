using Auralis.Engine.Agents;
using Auralis.Engine.Agents.Pitch;
using Auralis.Engine.Sessions;
using Auralis.Music.Theory;
using Auralis.Node.Hosting;
using Auralis.Node.Security;
using Auralis.Protocol.Rest;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Node.Api;

/// <summary>The pitch agent's REST face: pitch analysis of an uploaded WAV, a session's intonation, a motif from a file.</summary>
public static class PitchEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapPitch(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/pitch/analyze", AnalyzeAsync).WithTags("agents").RequireRole(Role.Listener).Produces<PitchReport>();
        var group = app.MapGroup("/api/v1/sessions").WithTags("agents");
        group.MapPost("/{id}/motif", MotifAsync).RequireRole(Role.Performer);
        group.MapGet("/{id}/intonation", (string id, double? seconds, SessionGateway gateway, CancellationToken token) =>
            SessionAsks.Ask<PitchRequests.PitchAnalyzed>(id, gateway, s => new PitchRequests.CheckIntonation(s, seconds ?? 2), Analyzed, token)).RequireRole(Role.Listener)
            .Produces<PitchReport>();
        return app;
    }

    private static async Task<IResult> AnalyzeAsync(HttpRequest request, string? key, string? mode, string? session, SessionGateway gateway)
    {
        var (bytes, error) = await Uploads.ReadAsync(request).ConfigureAwait(false);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        if (session is not null)
        {
            return await SessionAsks.Ask<PitchRequests.PitchAnalyzed>(session, gateway, s => new PitchRequests.AnalyzePitch(s, bytes), Analyzed,
                request.HttpContext.RequestAborted).ConfigureAwait(false);
        }

        Key scale;
        try
        {
            scale = new Key(PitchClass.Parse(key ?? "C"), Scale.Parse(mode ?? "major"));
        }
        catch (FormatException e)
        {
            return Problems.BadRequest($"key and mode name a key such as key=F%23&mode=minor: {e.Message}");
        }

        try
        {
            var audio = PitchAnalysis.ReadWav(bytes);
            return Analyzed(new PitchRequests.PitchAnalyzed(new SessionId("none"), PitchAnalysis.Analyze(audio, scale), audio.Seconds));
        }
        catch (FormatException e)
        {
            return Problems.BadRequest(e.Message);
        }
    }

    private static IResult Analyzed(PitchRequests.PitchAnalyzed analyzed) => Results.Ok(new PitchReport(analyzed.Seconds, analyzed.Notes
        .Select(n => new HeardNote(n.StartSeconds, n.EndSeconds, n.Note, n.Hertz, n.Cents, n.Suggestion, n.CorrectionCents, n.InTune)).ToArray()));

    private static async Task<IResult> MotifAsync(string id, HttpRequest request, SessionGateway gateway)
    {
        var (bytes, error) = await Uploads.ReadAsync(request).ConfigureAwait(false);
        return error is not null ? Problems.BadRequest(error)
            : await SessionAsks.Command(id, gateway, s => new PitchRequests.ImportMotifFile(s, bytes), request.HttpContext.RequestAborted).ConfigureAwait(false);
    }
}
