namespace Auralis.Protocol.Rest;

/// <summary>The REST answer to <c>POST /api/v1/sessions/{id}/prices</c>.</summary>
/// <param name="Session">The session's id.</param>
/// <param name="Accepted">How many prices the session took.</param>
/// <param name="AtTick">The tick at which the first is heard.</param>
/// <param name="BeatsPerPrice">How many beats each price of a batch lasts (1 for a single price).</param>
public sealed record PricesAccepted(string Session, int Accepted, long? AtTick, int BeatsPerPrice);
