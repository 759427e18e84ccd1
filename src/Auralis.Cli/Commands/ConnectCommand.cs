namespace Auralis.Cli.Commands;

/// <summary><c>auralis connect</c>: listens to a live session over TCP or WebSocket, steers it, and records its audio.</summary>
public sealed class ConnectCommand : ICliCommand
{
    /// <inheritdoc />
    public string Name => "connect";

    /// <inheritdoc />
    public string Summary => "listen to a live session, steer it, record its audio";

    /// <inheritdoc />
    public string Usage => "usage: auralis connect SESSION\n";

    /// <inheritdoc />
    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken) => Task.FromResult(ExitCodes.Failed);
}
