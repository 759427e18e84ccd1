using Auralis.Protocol.Audio;
using Akka.Actor;
using Auralis.Audio.Codecs;
using Auralis.Audio.Codecs.Midi;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;
using Auralis.Node.Configuration;
using Auralis.Node.Security;
using Auralis.Protocol.Rest;

namespace Auralis.Node.Api;

/// <summary><c>GET /api/v1/sessions/{id}/render?bars=N|seconds=N&amp;format=wav|mid|json</c>: an offline replay from the journal.</summary>
/// <remarks>
/// JSON and MIDI compose the notes without rendering a sample; WAV streams as it renders (<see cref="StreamedWav"/>). Every
/// render is planned first, bounded by <see cref="NodeOptions.MaxRenderSeconds"/> whatever the journal holds, and takes one of
/// <see cref="NodeOptions.MaxConcurrentRenders"/> slots (429 <c>too-many-renders</c> when none is free).
/// </remarks>
public static class RenderEndpoints
{
    /// <summary>The problem code of a render refused for want of a free slot.</summary>
    public const string TooManyRenders = "too-many-renders";

    /// <summary>The problem code of a render longer than the node renders.</summary>
    public const string TooLong = "render-too-long";

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapRender(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/sessions/{id}/render", RenderAsync).WithTags("sessions").RequireRole(Role.Listener).Produces<RenderPlan>();
        return app;
    }

    /// <summary>The problem for a render that found every slot taken, with when to try again.</summary>
    public static IResult Busy(HttpContext context, int maxRenders)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = "5";
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: TooManyRenders,
            detail: $"This node renders at most {maxRenders} at once; try again shortly.", extensions: new Dictionary<string, object?> { ["code"] = TooManyRenders });
    }

    /// <summary>The problem for a length out of range, or null when <paramref name="bars"/> and <paramref name="seconds"/> ask for one the node renders.</summary>
    public static IResult? CheckLength(int? bars, double? seconds, NodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return bars is <= 0 or > 1000 || seconds is <= 0 || seconds > options.MaxRenderSeconds || (bars is not null && seconds is not null)
            ? Problems.BadRequest($"Give bars (1-1000) or seconds (up to {options.MaxRenderSeconds}), not both.")
            : null;
    }

    private static Task<IResult> RenderAsync(HttpContext context, string id, int? bars, double? seconds, string? format, ActorSystem system,
        NodeOptions options, RenderGate gate)
    {
        format ??= "wav";
        if (format is not ("wav" or "mid" or "json"))
        {
            return Task.FromResult(Problems.BadRequest($"format is wav, mid or json, not '{format}'."));
        }

        return CheckLength(bars, seconds, options) is { } refused
            ? Task.FromResult(refused)
            : ReplayAsync(context, id, new ReplayLength(seconds, bars), format, WavSampleFormat.Float32, system, options, gate);
    }

    /// <summary>
    /// Replays session <paramref name="id"/> from the journal as <paramref name="format"/> (wav, mid or json) in a render slot:
    /// the answer of render, and of export for audio and MIDI.
    /// </summary>
    public static async Task<IResult> ReplayAsync(HttpContext context, string id, ReplayLength length, string format, WavSampleFormat sample,
        ActorSystem system, NodeOptions options, RenderGate gate)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(gate);
        if (!SessionId.IsValid(id))
        {
            return Problems.For(new Rejection(Rejection.NotFound, $"'{id}' is not a session id."));
        }

        var slot = gate.TryEnter();
        if (slot is null)
        {
            return Busy(context, options.MaxConcurrentRenders);
        }

        var handedOver = false;
        try
        {
            var sessionId = new SessionId(id);
            var token = context.RequestAborted;
            ISessionEvent[] events;
            try
            {
                events = await new JournalReplayer(system).EventsAsync(sessionId, token).ConfigureAwait(false);
            }
            catch (ArgumentException e)
            {
                return Problems.For(new Rejection(Rejection.NotFound, e.Message));
            }

            var (plan, tooLong) = await PlanAsync(events, length, options.MaxRenderSeconds, token).ConfigureAwait(false);
            if (tooLong is not null)
            {
                return tooLong;
            }

            switch (format)
            {
                case "mid":
                    var midi = new MemoryStream();
                    MidiWriter.Write(midi, ReplayFiles.Midi(plan));
                    return Results.File(midi.ToArray(), "audio/midi", $"{sessionId}.mid");
                case "json":
                    return Results.Ok(new RenderPlan(sessionId.Value, plan.Frames, plan.Notes
                        .Select(n => new RenderedNote(n.Note.Tick, n.Frame, n.Voice, n.Note.Pitch.MidiNumber, n.Note.Velocity, n.Note.DurationTicks)).ToArray()));
                default:
                    handedOver = true;
                    return new StreamedWav(sessionId, events, length, plan.Frames, sample, slot);
            }
        }
        finally
        {
            if (!handedOver)
            {
                slot.Dispose();
            }
        }
    }

    // The replay's notes and length without its audio, or the problem when it would run past the node's longest render.
    private static async Task<(ReplayResult Plan, IResult? TooLong)> PlanAsync(ISessionEvent[] events, ReplayLength length, double maxSeconds,
        CancellationToken token)
    {
        const int sampleRate = AudioChunk.SampleRate;
        const int block = 128;
        var allowed = (long)(maxSeconds * sampleRate);
        var plan = await Task.Run(() => SessionReplayer.Plan(events, length, allowed + (2 * block)), token).ConfigureAwait(false);
        return plan.Frames > allowed + block
            ? (plan, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: TooLong,
                detail: $"This render would last more than {maxSeconds} s, the longest this node renders; ask for fewer bars or seconds.",
                extensions: new Dictionary<string, object?> { ["code"] = TooLong }))
            : (plan, null);
    }
}
