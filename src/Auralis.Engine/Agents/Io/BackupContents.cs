namespace Auralis.Engine.Agents.Io;

/// <summary>What a backup holds: its events (every sample's path empty) and the bytes of its samples, by SHA-256.</summary>
public sealed record BackupContents(IReadOnlyList<Sessions.ISessionEvent> Events, IReadOnlyDictionary<string, byte[]> Samples);
