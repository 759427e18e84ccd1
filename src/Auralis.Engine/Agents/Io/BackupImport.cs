using Auralis.Engine.Agents.Sample;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionEvents;

namespace Auralis.Engine.Agents.Io;

/// <summary>Prepares a backup for restoring: its samples are checked and stored by hash like uploads, and its events point at them.</summary>
/// <remarks>
/// A sample-added event's path is never taken from the backup: the path is where this node stored the bytes the backup
/// carries under that hash. An event naming a hash whose bytes the backup lacks is refused, so an import can neither read a
/// server file nor leave a voice waiting on a sample that is not there.
/// </remarks>
public static class BackupImport
{
    /// <summary>The events of <paramref name="backup"/> with their samples stored under <paramref name="sampleFolder"/>; a <see cref="FormatException"/> says what is wrong.</summary>
    public static IReadOnlyList<ISessionEvent> Prepare(BackupContents backup, SessionId into, string sampleFolder)
    {
        ArgumentNullException.ThrowIfNull(backup);
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        var events = new List<ISessionEvent>(backup.Events.Count);
        for (var i = 0; i < backup.Events.Count; i++)
        {
            if (backup.Events[i] is not SampleAdded sample)
            {
                events.Add(backup.Events[i]);
                continue;
            }

            var sha = sample.Sha256?.ToLowerInvariant() ?? string.Empty;
            if (!stored.TryGetValue(sha, out var path))
            {
                if (!backup.Samples.TryGetValue(sha, out var wav))
                {
                    throw new FormatException($"Event {i + 1} of the backup adds sample '{sample.Name}' (sha256 {sha}), but the backup does not carry its bytes.");
                }

                var (storedPath, storedSha, _) = Store(sampleFolder, into, wav, i, sample.Name);
                if (storedSha != sha)
                {
                    throw new FormatException($"Event {i + 1} of the backup adds sample '{sample.Name}' with sha256 {sha}, but the bytes carried under that hash hash to {storedSha}.");
                }

                path = storedPath;
                stored[sha] = path;
            }

            events.Add(sample with { Path = path });
        }

        return events;
    }

    private static (string Path, string Sha256, Audio.Analysis.SampleFeatures? Features) Store(string folder, SessionId into, byte[] wav, int index, string name)
    {
        try
        {
            return SampleStore.Store(folder, into, wav);
        }
        catch (FormatException e)
        {
            throw new FormatException($"Event {index + 1} of the backup adds sample '{name}', whose bytes are not a sample: {e.Message}", e);
        }
    }
}
