using System.Net.Http.Headers;

namespace Auralis.Cli.Sessions;

/// <summary>GET requests to a node's REST API, with one clear message for every way they fail.</summary>
internal static class NodeHttp
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>The body of <c>GET {url}{path}</c>; an unreachable node or a problem response is a <see cref="CliFailure"/>.</summary>
    public static async Task<string> GetAsync(Uri url, string path, string? token, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = Timeout };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, path));
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
            throw new CliFailure($"cannot reach the node at {url}: {e.Message}{NodeHint.For(e)}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliFailure($"cannot reach the node at {url}: no answer within {Timeout.TotalSeconds:0} s", e);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? body : throw new CliFailure(ProblemDetails.Describe(response.StatusCode, body));
        }
    }
}
