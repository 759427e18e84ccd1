namespace Auralis.Protocol.Rest;

/// <summary>The REST answer to a sample upload: its name and the hash of its content.</summary>
/// <param name="Name">The sample's name in the session's library.</param>
/// <param name="Sha256">The SHA-256 of the WAV, in lower-case hex.</param>
public sealed record SampleSaved(string Name, string Sha256);
