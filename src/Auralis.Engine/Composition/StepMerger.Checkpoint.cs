using System.Collections.Immutable;
using Auralis.Engine.Sessions;
using Auralis.Music.Theory;

namespace Auralis.Engine.Composition;

/// <summary>Everything the session's stage needs to merge on exactly from where it was, but the inputs waiting for their step.</summary>
/// <remarks>
/// The inputs are the session's journal, which the checkpoint does not copy: whoever restores the merger schedules again
/// every input due at or after the checkpoint's step (<see cref="PipelineState.Restore"/> does), which are exactly the
/// ones the merger held.
/// </remarks>
/// <param name="Planned">Notes planned for later steps, by channel, in the order planned.</param>
/// <param name="Lanes">Automation lanes under way.</param>
/// <param name="Parameters">Every parameter's value as the music has it.</param>
/// <param name="Plugins">The instruments' parameter values as the music has them.</param>
public sealed record MergerCheckpoint(
    IReadOnlyList<PlannedNote> Planned,
    IReadOnlyList<AutomationLaneCheckpoint> Lanes,
    IReadOnlyDictionary<string, ParameterValue> Parameters,
    IReadOnlyDictionary<string, double> Plugins);

/// <summary>A note a voice planned for a later step.</summary>
/// <param name="Channel">The voice's channel.</param>
/// <param name="Note">The note.</param>
public sealed record PlannedNote(int Channel, Note Note);

/// <summary>An automation lane under way: a plugin key moving from one value to another over a number of steps.</summary>
/// <param name="Key">The plugin key (<see cref="PluginKeys"/>).</param>
/// <param name="From">The value at its first step.</param>
/// <param name="To">The value at its last.</param>
/// <param name="Steps">How many steps it takes.</param>
/// <param name="FirstStep">The step it started at.</param>
public sealed record AutomationLaneCheckpoint(string Key, double From, double To, int Steps, long FirstStep);

/// <content>Capturing and restoring the merger (the composer's checkpoint).</content>
public sealed partial class StepMerger
{
    /// <summary>The state to checkpoint (the pending inputs are not in it: see <see cref="MergerCheckpoint"/>).</summary>
    public MergerCheckpoint Capture() =>
        new(_planned.Select(p => new PlannedNote(p.Channel, p.Note)).ToArray(),
            _lanes.Select(l => new AutomationLaneCheckpoint(l.Key, l.From, l.To, l.Steps, l.FirstStep)).ToArray(),
            new Dictionary<string, ParameterValue>(_parameters, StringComparer.Ordinal), new Dictionary<string, double>(_plugins, StringComparer.Ordinal));

    /// <summary>Continues from <paramref name="checkpoint"/>, forgetting every input it held; schedule the inputs due from the checkpoint's step again.</summary>
    public void Restore(MergerCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(checkpoint.Planned);
        ArgumentNullException.ThrowIfNull(checkpoint.Lanes);
        ArgumentNullException.ThrowIfNull(checkpoint.Parameters);
        ArgumentNullException.ThrowIfNull(checkpoint.Plugins);
        if (checkpoint.Planned.Any(p => p is null || p.Channel < 0 || p.Channel >= SessionParameters.Voices.Count)
            || checkpoint.Lanes.Any(l => l is null || l.Steps <= 0))
        {
            throw new ArgumentException("The merger's checkpoint holds a note of no voice or an empty automation lane.", nameof(checkpoint));
        }

        _pending.Clear();
        _arrivals = 0;
        _planned.Clear();
        _planned.AddRange(checkpoint.Planned.Select(p => (p.Channel, p.Note)));
        _lanes.Clear();
        _lanes.AddRange(checkpoint.Lanes.Select(l => new AutomationLane(l.Key, l.From, l.To, l.Steps, l.FirstStep)));
        _parameters = checkpoint.Parameters.ToImmutableSortedDictionary(StringComparer.Ordinal);
        _plugins = checkpoint.Plugins.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }
}
