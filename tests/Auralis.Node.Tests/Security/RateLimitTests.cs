using System.Net;
using Auralis.Testing;
using Auralis.Node.Tests.Support;

namespace Auralis.Node.Tests.Security;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Requests_over_the_limit_get_429_with_retry_after()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?> { ["Auralis:RequestsPerMinute"] = "5" });

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 7; i++)
        {
            answers.Add(await node.Http.GetAsync("/api/v1/sessions"));
        }

        Assert.All(answers.Take(5), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var limited = answers[^1];
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter is not null);
        answers.ForEach(a => a.Dispose());
    }
}
