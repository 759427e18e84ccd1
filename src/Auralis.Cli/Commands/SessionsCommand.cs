using System.Net.Http.Headers;
using Auralis.Cli.Arguments;
using Auralis.Cli.Sessions;

namespace Auralis.Cli.Commands;

/// <summary><c>auralis sessions</c>: lists a node's sessions from <c>GET /api/v1/sessions</c>.</summary>
public sealed class SessionsCommand : ICliCommand
{
    /// <summary>The node's HTTP address when none is given.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly OptionSpec[] Options = [new("url"), new("token")];

    /// <inheritdoc />
    public string Name => "sessions";

    /// <inheritdoc />
    public string Summary => "list the sessions of a node";

    /// <inheritdoc />
    public string Usage => $"""
        usage: auralis sessions [options]

          --url URL            the node's HTTP address (default {DefaultUrl})
          --token T            a bearer token, when the node wants one

        """;

    /// <summary>Parses the arguments after <c>sessions</c>: the node's base address and the token.</summary>
    public static (Uri Url, string? Token) Parse(IReadOnlyList<string> args) => Parse(ArgumentParser.Parse(args, Options));

    /// <inheritdoc />
    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var parsed = ArgumentParser.Parse(args, Options);
        if (parsed.Help)
        {
            await console.Out.WriteAsync(Usage).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        var (url, token) = Parse(parsed);
        var rows = await FetchAsync(url, token, cancellationToken).ConfigureAwait(false);
        await console.Out.WriteAsync(SessionList.Format(rows)).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    /// <summary>Fetches and parses the list; an unreachable node or a refusal is a <see cref="CliFailure"/>.</summary>
    public static async Task<IReadOnlyList<SessionRow>> FetchAsync(Uri url, string? token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var http = new HttpClient { Timeout = Timeout };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, "api/v1/sessions"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new CliFailure($"cannot reach the node at {url}: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliFailure($"cannot reach the node at {url}: no answer within {Timeout.TotalSeconds:0} s", e);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new CliFailure(ProblemDetails.Describe(response.StatusCode, body));
            }

            return SessionList.Parse(body);
        }
    }

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
