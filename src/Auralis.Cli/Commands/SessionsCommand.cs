using Auralis.Cli.Arguments;
using Auralis.Cli.Sessions;

namespace Auralis.Cli.Commands;

/// <summary><c>auralis sessions</c>: lists a node's sessions from <c>GET /api/v1/sessions</c>.</summary>
public sealed class SessionsCommand : ICliCommand
{
    /// <summary>The node's HTTP address when none is given.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    private static readonly OptionSpec[] Accepted = [new("url"), new("token")];

    /// <inheritdoc />
    public string Name => "sessions";

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => Accepted;

    /// <inheritdoc />
    public string Summary => "list the sessions of a node";

    /// <inheritdoc />
    public string Usage => $"""
        usage: auralis sessions [options]

          --url URL            the node's HTTP address (default {DefaultUrl})
          --token T            a bearer token, when the node wants one

        """;

    /// <summary>Parses the arguments after <c>sessions</c>: the node's base address and the token.</summary>
    public static (Uri Url, string? Token) Parse(IReadOnlyList<string> args) => Parse(ArgumentParser.Parse(args, Accepted));

    /// <inheritdoc />
    public async Task<int> RunAsync(ParsedArguments parsed, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(console);
        var (url, token) = Parse(parsed);
        var rows = await FetchAsync(url, token, cancellationToken).ConfigureAwait(false);
        await console.Out.WriteAsync(SessionList.Format(rows)).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    /// <summary>Fetches and parses the list; an unreachable node or a refusal is a <see cref="CliFailure"/>.</summary>
    public static async Task<IReadOnlyList<SessionRow>> FetchAsync(Uri url, string? token, CancellationToken cancellationToken) =>
        SessionList.Parse(await NodeHttp.GetAsync(url, "api/v1/sessions", token, cancellationToken).ConfigureAwait(false));

    private static (Uri Url, string? Token) Parse(ParsedArguments parsed)
    {
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{parsed.Positionals[0]}'");
        }

        return (HttpBase(parsed.Value("url") ?? DefaultUrl), parsed.Value("token"));
    }

    /// <summary>An http(s) address with a trailing slash, so relative paths resolve under it.</summary>
    internal static Uri HttpBase(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            throw new UsageException($"--url needs an address such as http://127.0.0.1:5000, not '{text}'");
        }

        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
    }
}
