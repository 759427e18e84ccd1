using Npgsql;

namespace Auralis.Testing;

/// <summary>One row of a session's journal in PostgreSQL: its order, sequence number, the incarnation that wrote it and its payload (UTF-8 JSON).</summary>
public sealed record JournalRow(long Ordering, long SequenceNr, string Writer, string Manifest, string Payload);

/// <summary>
/// Reads a session's journal rows straight from a cluster's PostgreSQL, to see who wrote what: every incarnation of a
/// session writes under its own writer id, so two incarnations writing one session show as writers that alternate.
/// </summary>
public static class SessionJournal
{
    /// <summary>The rows of session <paramref name="session"/> in the order they were written.</summary>
    public static async Task<IReadOnlyList<JournalRow>> ReadAsync(string connectionString, string session)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT ordering, sequence_number, writer_uuid, manifest, message FROM journal WHERE persistence_id = @id ORDER BY ordering", connection);
        command.Parameters.AddWithValue("id", $"session-{session}");
        var rows = new List<JournalRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new JournalRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3),
                System.Text.Encoding.UTF8.GetString((byte[])reader[4])));
        }

        return rows;
    }

    /// <summary>
    /// How many rows an incarnation wrote after a later incarnation had begun writing: writes from a copy that should have
    /// stopped (a node downed without knowing it). Zero when the writers follow one another and never come back.
    /// </summary>
    public static int SupersededWrites(IReadOnlyList<JournalRow> rows)
    {
        var finished = new HashSet<string>();
        string? current = null;
        var superseded = 0;
        foreach (var row in rows)
        {
            if (row.Writer == current)
            {
                continue;
            }

            if (finished.Contains(row.Writer))
            {
                superseded++;
                continue;
            }

            if (current is not null)
            {
                finished.Add(current);
            }

            current = row.Writer;
        }

        return superseded;
    }

    /// <summary>How many rows carry the JSON string <paramref name="value"/> (an input's unique value, such as a name).</summary>
    public static int Carrying(IReadOnlyList<JournalRow> rows, string value) => rows.Count(r => r.Payload.Contains($"\"{value}\"", StringComparison.Ordinal));
}
