using System.Globalization;
using System.Text.Json;
using Akka.Actor;
using Auralis.Audio.Analysis;
using Auralis.Audio.Codecs;
using Auralis.Engine.Agents;
using Auralis.Engine.Agents.Io;
using Auralis.Engine.Agents.Pitch;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using Auralis.Music.Theory;
using Auralis.Node.Configuration;
using Auralis.Node.Hosting;
using Auralis.Node.Security;
using static Auralis.Engine.Agents.AgentCommands;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Node.Api;

/// <summary>The REST faces of the agents: pitch analysis, a session's plugins and presets, exports and backups, motifs, the sample library, intonation.</summary>
public static class AgentEndpoints
{
    /// <summary>The largest upload (a WAV, a MIDI file, a backup) the agents accept.</summary>
    public const int MaxUploadBytes = 32 << 20;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapAgents(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/pitch/analyze", AnalyzeAsync).WithTags("agents").RequireRole(Role.Listener);
        var group = app.MapGroup("/api/v1/sessions").WithTags("agents");
        group.MapPost("/import", ImportAsync).RequireRole(Role.Admin);
        group.MapGet("/{id}/plugins", (string id, SessionGateway gateway, CancellationToken token) =>
            Ask<VstRequests.PluginsRead>(id, gateway, s => new VstRequests.GetPlugins(s), read => Results.Ok(read.Chain), token)).RequireRole(Role.Listener);
        group.MapPost("/{id}/plugins", ChooseInstrumentAsync).RequireRole(Role.Performer);
        group.MapPatch("/{id}/plugins/{voice}/parameters", ParametersAsync).RequireRole(Role.Performer);
        group.MapGet("/{id}/presets", (string id, SessionGateway gateway, CancellationToken token) =>
            Ask<VstRequests.PresetsListed>(id, gateway, s => new VstRequests.ListPresets(s), listed => Results.Ok(new { presets = listed.Presets }), token)).RequireRole(Role.Listener);
        group.MapPost("/{id}/presets", SavePresetAsync).RequireRole(Role.Performer);
        group.MapPost("/{id}/presets/{name}/load", (string id, string name, SessionGateway gateway, CancellationToken token) =>
            Command(id, gateway, s => new LoadPreset(s, name), token)).RequireRole(Role.Performer);
        group.MapGet("/{id}/export", ExportAsync).RequireRole(Role.Listener);
        group.MapPost("/{id}/motif", MotifAsync).RequireRole(Role.Performer);
        group.MapGet("/{id}/samples", (string id, SessionGateway gateway, CancellationToken token) =>
            Ask<SampleRequests.SamplesListed>(id, gateway, s => new SampleRequests.ListSamples(s), listed => Results.Ok(new { samples = listed.Samples }), token)).RequireRole(Role.Listener);
        group.MapPost("/{id}/samples", UploadSampleAsync).RequireRole(Role.Performer);
        group.MapGet("/{id}/samples/nearest", NearestAsync).RequireRole(Role.Listener);
        group.MapPost("/{id}/samples/kit", (string id, SessionGateway gateway, CancellationToken token) =>
            Ask<SampleRequests.KitAssigned>(id, gateway, s => new SampleRequests.AssignKit(s), kit => Results.Ok(new { kit = kit.Kit, atTick = kit.AtTick }), token))
            .RequireRole(Role.Performer);
        group.MapGet("/{id}/intonation", (string id, double? seconds, SessionGateway gateway, CancellationToken token) =>
            Ask<PitchRequests.PitchAnalyzed>(id, gateway, s => new PitchRequests.CheckIntonation(s, seconds ?? 2), Analyzed, token)).RequireRole(Role.Listener);
        return app;
    }

    private static async Task<IResult> AnalyzeAsync(HttpRequest request, string? key, string? mode, string? session, SessionGateway gateway)
    {
        var (bytes, error) = await ReadBodyAsync(request).ConfigureAwait(false);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        if (session is not null)
        {
            return await Ask<PitchRequests.PitchAnalyzed>(session, gateway, s => new PitchRequests.AnalyzePitch(s, bytes), Analyzed, request.HttpContext.RequestAborted)
                .ConfigureAwait(false);
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

    private static IResult Analyzed(PitchRequests.PitchAnalyzed analyzed) => Results.Ok(new { seconds = analyzed.Seconds, notes = analyzed.Notes });

    private static async Task<IResult> ImportAsync(HttpRequest request, string? id, SessionGateway gateway, NodeOptions options)
    {
        var (bytes, error) = await ReadBodyAsync(request).ConfigureAwait(false);
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

        return await Command(idText, gateway, s => new RestoreSession(s, events), request.HttpContext.RequestAborted,
            accepted => Results.Created($"/api/v1/sessions/{idText}", new { session = idText, events = accepted.Events.Count })).ConfigureAwait(false);
    }

    private static async Task<IResult> ChooseInstrumentAsync(string id, HttpRequest request, SessionGateway gateway)
    {
        var (body, error) = await RequestBodies.ReadObjectAsync(request).ConfigureAwait(false);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        if (RequestBodies.Text(body, "voice") is not { } voice || RequestBodies.Text(body, "instrument") is not { } instrument)
        {
            return Problems.BadRequest("Send {\"voice\": \"bass\", \"instrument\": \"fm\"}.");
        }

        return await Command(id, gateway, s => new SessionCommands.ChangeParameters(s, new Dictionary<string, ParameterValue> { [$"{voice}.instrument"] = ParameterValue.Of(instrument) }),
            request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<IResult> ParametersAsync(string id, string voice, HttpRequest request, SessionGateway gateway)
    {
        var (body, error) = await RequestBodies.ReadObjectAsync(request).ConfigureAwait(false);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        var token = request.HttpContext.RequestAborted;
        if (body.TryGetProperty("automate", out var lane))
        {
            if (lane.ValueKind != JsonValueKind.Object || RequestBodies.Text(lane, "parameter") is not { } parameter
                || !Number(lane, "from", out var from) || !Number(lane, "to", out var to) || !Number(lane, "beats", out var beats) || beats != Math.Floor(beats))
            {
                return Problems.BadRequest("automate takes {\"parameter\": \"cutoff\", \"from\": 0.1, \"to\": 0.9, \"beats\": 8} (normalized values, whole beats).");
            }

            return await Command(id, gateway, s => new AutomateParameter(s, voice, parameter, from, to, (int)Math.Clamp(beats, int.MinValue, int.MaxValue)), token).ConfigureAwait(false);
        }

        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var property in body.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Number)
            {
                return Problems.BadRequest($"{property.Name} takes a normalized number from 0 to 1.");
            }

            values[property.Name] = property.Value.GetDouble();
        }

        return await Command(id, gateway, s => new ChangeInstrumentParameters(s, voice, values), token).ConfigureAwait(false);
    }

    private static async Task<IResult> SavePresetAsync(string id, HttpRequest request, SessionGateway gateway)
    {
        var (body, error) = await RequestBodies.ReadObjectAsync(request).ConfigureAwait(false);
        return error is not null ? Problems.BadRequest(error)
            : await Command(id, gateway, s => new SavePreset(s, RequestBodies.Text(body, "name") ?? string.Empty), request.HttpContext.RequestAborted).ConfigureAwait(false);
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
            ? Ask<IoRequests.SessionExported>(id, gateway, s => new IoRequests.ExportSession(s, format, new ReplayLength(seconds, bars), wavFormat.Value),
                exported => Results.File(exported.Content, exported.ContentType, exported.FileName), context.RequestAborted)
            : RenderEndpoints.ReplayAsync(context, id, new ReplayLength(seconds, bars), format, wavFormat.Value, system, options, gate);
    }

    private static async Task<IResult> MotifAsync(string id, HttpRequest request, SessionGateway gateway)
    {
        var (bytes, error) = await ReadBodyAsync(request).ConfigureAwait(false);
        return error is not null ? Problems.BadRequest(error)
            : await Ask<object>(id, gateway, s => new PitchRequests.ImportMotifFile(s, bytes), Accepted, request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<IResult> UploadSampleAsync(string id, string? name, HttpRequest request, SessionGateway gateway)
    {
        var (bytes, error) = await ReadBodyAsync(request).ConfigureAwait(false);
        if (error is not null || name is null)
        {
            return Problems.BadRequest(error ?? "Name the sample: POST …/samples?name=kick with the WAV as the body.");
        }

        // The same bytes under the same name again change nothing: 200 instead of 201.
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        return await Ask<object>(id, gateway, s => new SampleRequests.UploadSample(s, name, bytes), answer => answer switch
        {
            CommandAccepted { Events.Count: > 0 } => Results.Created($"/api/v1/sessions/{id}/samples", new { name, sha256 }),
            CommandAccepted => Results.Ok(new { name, sha256 }),
            _ => Problems.Unexpected(answer),
        }, request.HttpContext.RequestAborted).ConfigureAwait(false);
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
        return Ask<SampleRequests.SamplesListed>(id, gateway, s => new SampleRequests.FindNearestSample(s, wanted, (int)(Get("count") ?? 1)),
            listed => Results.Ok(new { samples = listed.Samples }), token);
    }

    private static IResult Accepted(object answer) => answer is CommandAccepted accepted
        ? Results.Ok(new { session = accepted.SessionId.Value, atTick = accepted.AtTick, atStep = accepted.Events.OfType<ITimedInput>().FirstOrDefault()?.AtStep })
        : Problems.Unexpected(answer);

    private static Task<IResult> Command(string id, SessionGateway gateway, Func<SessionId, ISessionCommand> command, CancellationToken token,
        Func<CommandAccepted, IResult>? accepted = null) =>
        Ask<object>(id, gateway, command, answer => answer is CommandAccepted yes && accepted is not null ? accepted(yes) : Accepted(answer), token);

    private static async Task<IResult> Ask<T>(string id, SessionGateway gateway, Func<SessionId, IWithSessionId> message, Func<T, IResult> answer, CancellationToken token)
    {
        if (!SessionId.IsValid(id))
        {
            return Problems.For(new Rejection(Rejection.NotFound, $"'{id}' is not a session id."));
        }

        var sessionId = new SessionId(id);
        try
        {
            var reply = await gateway.AskAsync(message(sessionId), token).ConfigureAwait(false);
            return reply is T wanted and not CommandRejected ? answer(wanted) : Problems.Unexpected(reply);
        }
        catch (AskTimeoutException)
        {
            return Problems.Timeout(sessionId);
        }
    }

    private static bool Number(JsonElement body, string name, out double value)
    {
        value = 0;
        return body.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.Number && field.TryGetDouble(out value);
    }

    private static async Task<(byte[] Bytes, string? Error)> ReadBodyAsync(HttpRequest request)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxUploadBytes)
            {
                // Kestrel's limit is the same number and stops such a body first; this holds if that limit is ever lifted.
                throw new BadHttpRequestException($"An upload is at most {MaxUploadBytes >> 20} MiB.", StatusCodes.Status413PayloadTooLarge);
            }
        }

        return buffer.Length == 0 ? ([], "The body is empty; send the file as the request body.") : (buffer.ToArray(), null);
    }
}
