using Akka.Actor;
using Auralis.Audio.Codecs;
using Auralis.Engine.Agents;
using Auralis.Engine.Agents.Io;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using Auralis.Node.Configuration;
using Auralis.Node.Hosting;
using Auralis.Node.Security;
using Auralis.Protocol.Rest;
using static Auralis.Engine.Sessions.SessionCommands;

namespace Auralis.Node.Api;

/// <summary>The IO agent's REST face: a session's export (a JSON backup, or a WAV or MIDI replay) and the import of a backup as a new session.</summary>
public static class BackupEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapBackups(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/sessions").WithTags("agents");
        group.MapPost("/import", ImportAsync).RequireRole(Role.Admin).Produces<SessionImported>(StatusCodes.Status201Created);
        group.MapGet("/{id}/export", ExportAsync).RequireRole(Role.Listener);
        return app;
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, string? id, SessionGateway gateway, NodeOptions options)
    {
        var (bytes, error) = await Uploads.ReadAsync(request).ConfigureAwait(false);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        var idText = id ?? "s-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));
        if (!SessionId.IsValid(idText))
        {
            return Problems.BadRequest($"'{idText}' is not a session id: use 1-64 lower-case letters, digits, '-' or '_', starting with a letter or digit.");
        }

        var sessionId = new SessionId(idText);
        IReadOnlyList<ISessionEvent> events;
        try
        {
            events = BackupImport.Prepare(SessionBackup.Read(bytes, sessionId), sessionId, AkkaWiring.SampleFolder(options));
        }
        catch (FormatException e)
        {
            return Problems.BadRequest(e.Message);
        }

        return await SessionAsks.Command(idText, gateway, s => new RestoreSession(s, events), request.HttpContext.RequestAborted,
            accepted => Results.Created($"/api/v1/sessions/{idText}", new SessionImported(idText, accepted.Events.Count))).ConfigureAwait(false);
    }

    private static Task<IResult> ExportAsync(HttpContext context, string id, string? format, string? sample, int? bars, double? seconds, SessionGateway gateway,
        ActorSystem system, NodeOptions options, RenderGate gate)
    {
        format ??= "json";
        WavSampleFormat? wavFormat = (sample ?? "float") switch
        {
            "16" or "pcm16" => WavSampleFormat.Pcm16,
            "24" or "pcm24" => WavSampleFormat.Pcm24,
            "float" or "f32" or "float32" => WavSampleFormat.Float32,
            _ => null,
        };
        if (wavFormat is null || !SessionExport.Formats.Contains(format))
        {
            return Task.FromResult(Problems.BadRequest("format is json, wav or mid; sample (for wav) is 16, 24 or float."));
        }

        if (RenderEndpoints.CheckLength(bars, seconds, options) is { } refused)
        {
            return Task.FromResult(refused);
        }

        // Audio and MIDI are replays like a render, streamed and bounded the same way; the backup is the IO agent's.
        return format == "json"
            ? SessionAsks.Ask<IoRequests.SessionExported>(id, gateway, s => new IoRequests.ExportSession(s, format, new ReplayLength(seconds, bars), wavFormat.Value),
                exported => Results.File(exported.Content, exported.ContentType, exported.FileName), context.RequestAborted)
            : RenderEndpoints.ReplayAsync(context, id, new ReplayLength(seconds, bars), format, wavFormat.Value, system, options, gate);
    }
}
