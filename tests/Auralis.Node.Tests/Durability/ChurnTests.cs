using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Auralis.Testing;

namespace Auralis.Node.Tests.Durability;

/// <summary>Remember-entities turns idle passivation off, so a deleted session must be stopped explicitly — and stay stopped.</summary>
public sealed class ChurnTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "auralis-churn-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Created_and_deleted_sessions_leave_nothing_running_even_after_a_restart()
    {
        await using (var node = await NodeProcess.StartAsync(_data))
        {
            for (var round = 0; round < 3; round++)
            {
                var ids = Enumerable.Range(0, 10).Select(i => $"churn-{round}-{i}").ToArray();
                foreach (var id in ids)
                {
                    using var created = await node.Http.PostAsJsonAsync("/api/v1/sessions", new { id });
                    Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                }

                Assert.Equal(10, (await RunningAsync(node)).Length);
                foreach (var id in ids)
                {
                    using var deleted = await node.Http.DeleteAsync($"/api/v1/sessions/{id}");
                    Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
                }

                await WaitUntilAsync(async () => (await RunningAsync(node)).Length == 0);
            }

            await node.KillAsync();
        }

        await using var again = await NodeProcess.StartAsync(_data);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Empty(await RunningAsync(again));
        var history = await again.GetAsync<JsonElement>("/api/v1/sessions/churn-0-0/events");
        Assert.DoesNotContain(history.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "session-resumed.v1");
    }

    private static async Task<string[]> RunningAsync(NodeProcess node)
    {
        var cluster = await node.GetAsync<JsonElement>("/api/v1/cluster");
        return cluster.GetProperty("sessionsHere").EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The deleted sessions did not stop.");
            await Task.Delay(200);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
