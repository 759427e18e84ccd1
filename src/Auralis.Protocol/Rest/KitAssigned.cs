namespace Auralis.Protocol.Rest;

/// <summary>The REST answer to <c>POST /api/v1/sessions/{id}/samples/kit</c>: the sample now in each drum slot.</summary>
/// <param name="Kit">Each slot's sample, by slot name.</param>
/// <param name="AtTick">The tick at which the kit changes (null when it is not timed).</param>
public sealed record KitAssigned(IReadOnlyDictionary<string, string> Kit, long? AtTick);
