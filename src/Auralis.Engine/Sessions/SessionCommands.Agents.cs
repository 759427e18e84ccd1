using Auralis.Engine.Sessions;

namespace Auralis.Engine.Sessions;

/// <summary>What the agents ask their session to persist: commands that <see cref="SessionState.Process"/> validates like any other.</summary>
public static partial class SessionCommands
{
    /// <summary>Set parameters (normalized 0..1, by id) of the instrument <paramref name="Voice"/> plays.</summary>
    public sealed record ChangeInstrumentParameters(SessionId SessionId, string Voice, IReadOnlyDictionary<string, double> Values) : ISessionCommand;

    /// <summary>Move an instrument parameter from <paramref name="From"/> to <paramref name="To"/> (normalized) over <paramref name="Beats"/> beats.</summary>
    public sealed record AutomateParameter(SessionId SessionId, string Voice, string Parameter, double From, double To, int Beats) : ISessionCommand;

    /// <summary>Save the plugin chain's current settings as preset <paramref name="Name"/> (replacing one of that name).</summary>
    public sealed record SavePreset(SessionId SessionId, string Name) : ISessionCommand;

    /// <summary>Load preset <paramref name="Name"/>.</summary>
    public sealed record LoadPreset(SessionId SessionId, string Name) : ISessionCommand;

    /// <summary>Import a motif for the melody to develop.</summary>
    public sealed record ImportMotif(SessionId SessionId, string Source, IReadOnlyList<MotifNote> Notes) : ISessionCommand;

    /// <summary>Add a stored sample file to the library.</summary>
    public sealed record AddSample(SessionId SessionId, string Name, string Path, string Sha256) : ISessionCommand;

    /// <summary>Hear a batch of prices (a CSV import or a posted list) one after another at <paramref name="Pace"/>: all are accepted, or none.</summary>
    public sealed record ObservePrices(SessionId SessionId, IReadOnlyList<double> Prices, PricePace? Pace = null, string? RequestId = null) : IKeyedCommand;

    /// <summary>Create the session from a backup's events (already validated and re-addressed to this session).</summary>
    public sealed record RestoreSession(SessionId SessionId, IReadOnlyList<ISessionEvent> Events) : ISessionCommand;
}
