using System.Text.Json;
using Auralis.Engine.Agents;
using Auralis.Engine.Sessions;
using Auralis.Node.Hosting;
using Auralis.Node.Security;
using static Auralis.Engine.Sessions.SessionCommands;

namespace Auralis.Node.Api;

/// <summary>The VST agent's REST face: a session's plugin chain, instrument parameters and their automation, presets.</summary>
public static class PluginEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapPlugins(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/sessions").WithTags("agents");
        group.MapGet("/{id}/plugins", (string id, SessionGateway gateway, CancellationToken token) =>
            SessionAsks.Ask<VstRequests.PluginsRead>(id, gateway, s => new VstRequests.GetPlugins(s), read => Results.Ok(read.Chain), token)).RequireRole(Role.Listener);
        group.MapPost("/{id}/plugins", ChooseInstrumentAsync).RequireRole(Role.Performer);
        group.MapPatch("/{id}/plugins/{voice}/parameters", ParametersAsync).RequireRole(Role.Performer);
        group.MapGet("/{id}/presets", (string id, SessionGateway gateway, CancellationToken token) =>
            SessionAsks.Ask<VstRequests.PresetsListed>(id, gateway, s => new VstRequests.ListPresets(s), listed => Results.Ok(AgentAnswers.Presets(listed.Presets)), token))
            .RequireRole(Role.Listener).Produces<Protocol.Rest.PresetList>();
        group.MapPost("/{id}/presets", SavePresetAsync).RequireRole(Role.Performer);
        group.MapPost("/{id}/presets/{name}/load", (string id, string name, SessionGateway gateway, CancellationToken token) =>
            SessionAsks.Command(id, gateway, s => new LoadPreset(s, name), token)).RequireRole(Role.Performer);
        return app;
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

        return await SessionAsks.Command(id, gateway, s => new ChangeParameters(s, new Dictionary<string, ParameterValue> { [$"{voice}.instrument"] = ParameterValue.Of(instrument) }),
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

            return await SessionAsks.Command(id, gateway, s => new AutomateParameter(s, voice, parameter, from, to, (int)Math.Clamp(beats, int.MinValue, int.MaxValue)), token)
                .ConfigureAwait(false);
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

        return await SessionAsks.Command(id, gateway, s => new ChangeInstrumentParameters(s, voice, values), token).ConfigureAwait(false);
    }

    private static async Task<IResult> SavePresetAsync(string id, HttpRequest request, SessionGateway gateway)
    {
        var (body, error) = await RequestBodies.ReadObjectAsync(request).ConfigureAwait(false);
        return error is not null ? Problems.BadRequest(error)
            : await SessionAsks.Command(id, gateway, s => new SavePreset(s, RequestBodies.Text(body, "name") ?? string.Empty), request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static bool Number(JsonElement body, string name, out double value)
    {
        value = 0;
        return body.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.Number && field.TryGetDouble(out value);
    }
}
