namespace Auralis.Node.Api;

/// <summary>
/// The REST faces of the agents, one file each: pitch (<see cref="PitchEndpoints"/>), plugins and presets
/// (<see cref="PluginEndpoints"/>), export and import (<see cref="BackupEndpoints"/>), the sample library
/// (<see cref="SampleEndpoints"/>).
/// </summary>
public static class AgentEndpoints
{
    /// <summary>The largest upload (a WAV, a MIDI file, a backup) the agents accept.</summary>
    public const int MaxUploadBytes = Uploads.MaxBytes;

    /// <summary>Maps the endpoints of every agent.</summary>
    public static IEndpointRouteBuilder MapAgents(this IEndpointRouteBuilder app) =>
        app.MapPitch().MapBackups().MapPlugins().MapSamples();
}
