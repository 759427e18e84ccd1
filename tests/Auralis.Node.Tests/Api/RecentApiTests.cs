using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Auralis.Node.Tests.Support;

namespace Auralis.Node.Tests.Api;

[Collection(OpenNodeCollection.Name)]
public sealed class RecentApiTests(NodeFixture fixture)
{
    private HttpClient Http => fixture.Node.Http;

    [Fact]
    public async Task Recent_gives_the_prices_regimes_chords_and_notes_a_session_composed_as_wire_messages()
    {
        await fixture.Node.CreateSessionAsync("recent", new { intensity = 0.85 });
        JsonElement messages = default;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var body = await Http.GetFromJsonAsync<JsonElement>("/api/v1/sessions/recent/recent?seconds=60");
            messages = body.GetProperty("messages");
            Assert.Equal("recent", body.GetProperty("session").GetString());
            if (Count(messages, "price") >= 4 && Count(messages, "note") >= 4)
            {
                break;
            }

            await Task.Delay(250);
        }

        Assert.True(Count(messages, "price") >= 4, messages.ToString());
        var prices = messages.EnumerateArray().Where(m => m.GetProperty("type").GetString() == "price").ToArray();
        Assert.All(prices, p => Assert.Contains(p.GetProperty("regime").GetString(), new[] { "bull", "bear", "sideways", "volatile" }));
        Assert.All(prices, p => Assert.True(p.GetProperty("price").GetDouble() > 0));
        var ticks = prices.Select(p => p.GetProperty("tick").GetInt64()).ToArray();
        Assert.Equal(ticks.Order(), ticks);
        Assert.Contains(messages.EnumerateArray(), m => m.GetProperty("type").GetString() == "note" && m.GetProperty("pitch").GetInt32() > 0);
        Assert.Contains(messages.EnumerateArray(), m => m.GetProperty("type").GetString() == "chord");
        Assert.DoesNotContain(messages.EnumerateArray(), m => m.GetProperty("type").GetString() is "transport" or "session" or "param");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("301")]
    [InlineData("soon")]
    public async Task A_bad_length_is_a_problem(string seconds)
    {
        using var answer = await Http.GetAsync($"/api/v1/sessions/demo/recent?seconds={seconds}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("seconds must be", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_session_has_no_recent_music()
    {
        using var answer = await Http.GetAsync("/api/v1/sessions/never-made/recent");

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }

    private static int Count(JsonElement messages, string type) => messages.ValueKind == JsonValueKind.Array
        ? messages.EnumerateArray().Count(m => m.GetProperty("type").GetString() == type)
        : 0;
}
