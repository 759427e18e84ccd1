namespace Auralis.Engine.Sessions;

/// <summary>A message addressed to one session; the shard extractor routes it by <see cref="SessionId"/>.</summary>
public interface IWithSessionId
{
    /// <summary>The session the message is for.</summary>
    SessionId SessionId { get; }
}
