using Auralis.Protocol.Messages;

namespace Auralis.Protocol.Rest;

/// <summary>The REST answer to <c>PATCH /api/v1/sessions/{id}</c> with parameters: when they apply, and their values.</summary>
/// <param name="Session">The session's id.</param>
/// <param name="AtTick">The tick at which the values apply.</param>
/// <param name="AtStep">The step at which they apply.</param>
/// <param name="Values">The values set, by parameter name.</param>
public sealed record ParametersApplied(string Session, long? AtTick, long? AtStep, IReadOnlyDictionary<string, WireValue> Values);
