using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Auralis.Testing;
using Microsoft.Data.Sqlite;

namespace Auralis.Node.Tests.Hostile;

/// <summary>Issue 21, item 1: a session whose journal cannot be played stops as <c>failed</c>, journals nothing more and can be deleted.</summary>
public sealed class FailedSessionTests
{
    private static long EventsOf(string database, string persistenceId)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM journal WHERE persistence_id = $id";
        count.Parameters.AddWithValue("$id", persistenceId);
        return (long)count.ExecuteScalar()!;
    }

    // What an old build or a hand-edited database could hold: a created event with a tempo no input may set, and no checkpoint.
    private static void Corrupt(string database, string persistenceId)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT message FROM journal WHERE persistence_id = $id AND sequence_number = 1";
        read.Parameters.AddWithValue("$id", persistenceId);
        var created = JsonNode.Parse((byte[])read.ExecuteScalar()!)!;
        created["parameters"]!["bpm"] = -4;

        using var write = connection.CreateCommand();
        write.CommandText = "UPDATE journal SET message = $message WHERE persistence_id = $id AND sequence_number = 1; DELETE FROM snapshot WHERE persistence_id = $id;";
        write.Parameters.AddWithValue("$message", Encoding.UTF8.GetBytes(created.ToJsonString()));
        write.Parameters.AddWithValue("$id", persistenceId);
        Assert.True(write.ExecuteNonQuery() >= 1);
    }

    private static async Task StopKeepingDataAsync(TestNode node)
    {
        await node.App.StopAsync();
        await node.App.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task A_session_whose_journal_cannot_play_is_failed_journals_nothing_more_and_is_deletable()
    {
        var data = Path.Combine(Path.GetTempPath(), "auralis-failed-" + Guid.NewGuid().ToString("N"));
        var database = Path.Combine(data, "auralis.db");
        var first = await TestNode.StartAsync(data: data);
        await first.CreateSessionAsync("broken", new { seed = 9, play = false });
        await StopKeepingDataAsync(first);
        Corrupt(database, "session-broken");
        var journaled = EventsOf(database, "session-broken");

        await using var second = await TestNode.StartAsync(data: data);
        using var view = await second.Http.GetAsync("/api/v1/sessions/broken");
        Assert.True(view.StatusCode == HttpStatusCode.OK, await view.Content.ReadAsStringAsync());
        var state = await view.Content.ReadFromJsonAsync<JsonElement>();
        using var again = await second.Http.GetAsync("/api/v1/sessions/broken");
        using var patch = await second.Http.PatchAsJsonAsync("/api/v1/sessions/broken", new { bpm = 100 });
        var patchBody = await patch.Content.ReadFromJsonAsync<JsonElement>();
        var afterRequests = EventsOf(database, "session-broken");
        using var delete = await second.Http.DeleteAsync("/api/v1/sessions/broken");
        using var gone = await second.Http.GetAsync("/api/v1/sessions/broken");

        Assert.Equal("failed", state.GetProperty("state").GetString());
        Assert.Contains("bpm", state.GetProperty("failure").GetString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "session-failed"), (patch.StatusCode, patchBody.GetProperty("code").GetString()));
        Assert.Equal(journaled, afterRequests);
        Assert.True(delete.IsSuccessStatusCode, $"DELETE answered {(int)delete.StatusCode}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}
