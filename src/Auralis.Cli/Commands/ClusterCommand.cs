using System.Text;
using Auralis.Cli.Arguments;
using Auralis.Cli.Sessions;
using Auralis.Protocol.Rest;

namespace Auralis.Cli.Commands;

/// <summary><c>auralis cluster</c>: the cluster's members as a node sees them, and the node each session lives on.</summary>
public sealed class ClusterCommand : ICliCommand
{
    private static readonly OptionSpec[] Accepted = [new("url"), new("token")];

    /// <inheritdoc />
    public string Name => "cluster";

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => Accepted;

    /// <inheritdoc />
    public string Summary => "show the cluster's members and each session's home node";

    /// <inheritdoc />
    public string Usage => $"""
        usage: auralis cluster [options]

          --url URL            a node's HTTP address (default {SessionsCommand.DefaultUrl})
          --token T            a bearer token, when the node wants one

        """;

    /// <inheritdoc />
    public async Task<int> RunAsync(ParsedArguments parsed, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(console);
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{parsed.Positionals[0]}'");
        }

        var url = SessionsCommand.HttpBase(parsed.Value("url") ?? SessionsCommand.DefaultUrl);
        var token = parsed.Value("token");
        var cluster = NodeAnswers.Read<ClusterView>(await NodeHttp.GetAsync(url, "api/v1/cluster", token, cancellationToken).ConfigureAwait(false));
        var text = new StringBuilder();
        text.AppendLine($"seen from {cluster.Self}; leader {cluster.Leader ?? "none"}");
        text.AppendLine($"{"MEMBER",-44} {"STATUS",-10} REACHABLE");
        foreach (var member in cluster.Members)
        {
            text.AppendLine($"{member.Address,-44} {member.Status,-10} {(member.Reachable ? "yes" : "no")}");
        }

        text.AppendLine();
        text.AppendLine($"{"SESSION",-24} HOME NODE");
        foreach (var session in await SessionsCommand.FetchAsync(url, token, cancellationToken).ConfigureAwait(false))
        {
            var view = NodeAnswers.Read<SessionDetail>(await NodeHttp.GetAsync(url, $"api/v1/sessions/{session.Id}", token, cancellationToken).ConfigureAwait(false));
            text.AppendLine($"{session.Id,-24} {(view.Node.Length > 0 ? view.Node : "?")}");
        }

        await console.Out.WriteAsync(text.ToString()).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
