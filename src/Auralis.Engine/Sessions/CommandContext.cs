namespace Auralis.Engine.Sessions;

/// <summary>What the actor tells the pure domain when it processes a command: the time, where inputs would apply, and a fresh seed.</summary>
/// <param name="Now">The wall-clock time, stamped on events for people.</param>
/// <param name="ApplyAtStep">The first step boundary after the generation horizon: where an input accepted now takes effect.</param>
/// <param name="ApplyAtTick">The musical tick at that step.</param>
/// <param name="FreshSeed">A seed for a session created without one (drawn by the caller; persisted in the event).</param>
public sealed record CommandContext(DateTimeOffset Now, long ApplyAtStep, long ApplyAtTick, ulong FreshSeed);
