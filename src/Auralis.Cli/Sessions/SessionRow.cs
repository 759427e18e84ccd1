namespace Auralis.Cli.Sessions;

/// <summary>One session as <c>auralis sessions</c> lists it.</summary>
public sealed record SessionRow(string Id, string Name, string Key, string Mode, string Bpm, bool? Playing, int? Listeners);
