using Auralis.Audio.Codecs.Midi;
using Auralis.Music.Harmony;
using Auralis.Music.Markov;
using Auralis.Music.Melody;
using Auralis.Music.Motifs;
using Auralis.Music.Randomness;
using Auralis.Music.Rhythm;
using Auralis.Music.Theory;
using Auralis.Music.Time;
using Auralis.Music.VoiceLeading;
using Auralis.Node.Security;
using Auralis.Protocol.Rest;
using static Auralis.Node.Api.GeneratorAnswers;

namespace Auralis.Node.Api;

/// <summary>
/// The stateless generators under <c>/api/v1/generate</c>: chords of a regime's progression (or a Markov chain trained
/// on them), Euclidean and Schillinger rhythms, a melody over the chords, and a motif expanded into a phrase. The same
/// seed gives the same answer; <c>format=mid</c> answers a Standard MIDI File.
/// </summary>
public static class GenerateEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapGenerators(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/generate").WithTags("generate").RequireRole(Role.Listener);
        group.MapGet("/chords", Chords).Produces<GeneratedChords>();
        group.MapGet("/rhythm", Rhythm).Produces<GeneratedRhythm>();
        group.MapGet("/notes", Notes).Produces<GeneratedNotes>();
        group.MapPost("/pattern", Pattern).Produces<GeneratedPattern>();
        return app;
    }

    private static IResult Chords(string? key, string? mode, string? regime, int? variant, string? model, int? count, ulong? seed)
    {
        if (!TryKey(key, mode, out var k, out var error) || !TryRegime(regime, out var r, out error) || count is < 1 or > 256 || variant is < 0 or > 2)
        {
            return Problems.BadRequest(error ?? "count is 1 to 256 and variant 0 to 2.");
        }

        if (model is "markov")
        {
            var chain = MarkovChords.Train(1, [.. Enum.GetValues<Regime>().SelectMany(reg => Enumerable.Range(0, 3)
                .Select(v => (IReadOnlyList<string>)RegimeProgressions.For(reg, ModeFamilies.Of(k.Scale), v).Select(n => n.Text).ToArray()))]);
            var generated = chain.GenerateIn(k, count ?? 8, new SeededRandom(seed ?? 1));
            return Results.Ok(new GeneratedChords(k.Name, generated.Select(c => ChordAnswer(c)).ToArray(), Model: model));
        }

        if (model is not (null or "regime"))
        {
            return Problems.BadRequest($"model is regime or markov, not '{model}'.");
        }

        var degrees = RegimeProgressions.For(r, ModeFamilies.Of(k.Scale), variant ?? 0);
        var chords = degrees.Select(d => ChordAnswer(d.ChordIn(k), d.Text)).ToArray();
        return Results.Ok(new GeneratedChords(k.Name, Enumerable.Range(0, count ?? chords.Length).Select(i => chords[i % chords.Length]).ToArray(),
            Regime: r.ToString().ToLowerInvariant()));
    }

    private static IResult Rhythm(int? pulses, int? steps, int? rotation, string? generators, int? stepTicks)
    {
        var unit = stepTicks ?? Ticks.PerSixteenth;
        if (unit is < 1 or > 7680)
        {
            return Problems.BadRequest("stepTicks is 1 to 7680.");
        }

        RhythmPattern pattern;
        string kind;
        try
        {
            if (generators is not null)
            {
                var parts = generators.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length is < 2 or > 4 || !parts.All(p => int.TryParse(p, out var g) && g is >= 1 and <= 32))
                {
                    return Problems.BadRequest("generators are 2 to 4 whole numbers from 1 to 32, e.g. 3,2.");
                }

                pattern = Interference.Pattern(unit, [.. parts.Select(int.Parse)]);
                kind = $"schillinger {generators}";
            }
            else
            {
                if (pulses is not { } p || steps is not { } n || n is < 1 or > 64 || p < 0 || p > n)
                {
                    return Problems.BadRequest("Give pulses and steps (0 <= pulses <= steps <= 64), or generators.");
                }

                pattern = Euclidean.Pattern(p, n, unit, rotation ?? 0);
                kind = $"euclidean {p}/{n}";
            }
        }
        catch (ArgumentException e)
        {
            return Problems.BadRequest(e.Message);
        }

        return Results.Ok(new GeneratedRhythm(kind, pattern.LengthTicks, pattern.Onsets.Select(o => new RhythmOnset(o.Tick, o.DurationTicks, o.Accent)).ToArray()));
    }

    private static IResult Notes(string? key, string? mode, string? regime, int? bars, double? intensity, ulong? seed, string? format)
    {
        if (!TryKey(key, mode, out var k, out var error) || !TryRegime(regime, out var r, out error) || bars is < 1 or > 64 || intensity is < 0 or > 1)
        {
            return Problems.BadRequest(error ?? "bars is 1 to 64 and intensity 0 to 1.");
        }

        var signature = new TimeSignature(4, 4);
        var chords = RegimeProgressions.In(k, r);
        var line = new MelodyLine(k, signature, VoiceRange.Soprano, new SeededRandom(seed ?? 1));
        var notes = new List<Note>();
        for (var beat = 0; beat < (bars ?? 4) * signature.BeatsPerBar; beat++)
        {
            var chord = chords[beat / signature.BeatsPerBar % chords.Count];
            notes.AddRange(line.NextBeat(beat * (long)signature.TicksPerBeat, chord, intensity ?? 0.5));
        }

        return NotesResult(notes, format, "melody");
    }

    private static async Task<IResult> Pattern(HttpRequest request)
    {
        var (body, error) = await RequestBodies.ReadObjectAsync(request).ConfigureAwait(false);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        if (!TryKey(RequestBodies.Text(body, "key"), RequestBodies.Text(body, "mode"), out var key, out error))
        {
            return Problems.BadRequest(error!);
        }

        var (bars, barsError) = RequestBodies.Integer(body, "bars");
        var (seed, seedError) = RequestBodies.Seed(body);
        if ((barsError ?? seedError) is { } bad || bars is < 1 or > 64)
        {
            return Problems.BadRequest(barsError ?? seedError ?? "bars is 1 to 64.");
        }

        if (!body.TryGetProperty("notes", out var list) || list.ValueKind != System.Text.Json.JsonValueKind.Array || list.GetArrayLength() is 0 or > 256)
        {
            return Problems.BadRequest("notes is an array of 1 to 256 {tick, durationTicks, pitch, velocity}.");
        }

        var motifNotes = new List<Note>();
        foreach (var item in list.EnumerateArray())
        {
            if (!(item.TryGetProperty("tick", out var t) && t.TryGetInt64(out var tick) && tick >= 0
                && item.TryGetProperty("durationTicks", out var d) && d.TryGetInt32(out var duration) && duration > 0
                && item.TryGetProperty("pitch", out var p) && p.TryGetInt32(out var pitch) && pitch is >= 0 and <= 127))
            {
                return Problems.BadRequest("Each note needs tick >= 0, durationTicks > 0 and pitch 0-127.");
            }

            var velocity = item.TryGetProperty("velocity", out var v) && v.TryGetInt32(out var vel) && vel is >= 1 and <= 127 ? vel : 96;
            motifNotes.Add(new Note(tick, duration, new Pitch(pitch), velocity));
        }

        var motif = Motif.Of(key, [.. motifNotes]);
        var (notes, plan) = PatternExpander.Expand(motif, 0, (int)(bars ?? 4), new TimeSignature(4, 4), VoiceRange.Soprano.Low, VoiceRange.Soprano.High,
            new SeededRandom(seed ?? 1));
        var format = request.Query["format"].ToString();
        return format == "mid"
            ? NotesResult([.. notes], format, "pattern")
            : Results.Ok(new GeneratedPattern(key.Name, plan.Select(p => p.ToString()).ToArray(), notes.Select(NoteAnswer).ToArray()));
    }
}
