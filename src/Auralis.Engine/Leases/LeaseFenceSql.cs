namespace Auralis.Engine.Leases;

/// <summary>
/// The SQL of the session leases on PostgreSQL: a lease table whose rows expire by the database's clock, and a trigger on
/// the journal and snapshot tables that refuses a session's write unless the writing connection's node holds its lease.
/// </summary>
/// <remarks>
/// A lease alone cannot stop a node that was frozen (SIGSTOP, a long pause) between checking its lease and writing: it
/// thaws believing it still holds it. The trigger is the fence: it reads the lease in the writing transaction, with the
/// database's clock, and a node's journal connections name the node (<c>application_name</c>, the lease's owner), so a
/// write from a node whose lease expired or was taken is refused whatever that node believes. The lease row is read
/// <c>FOR SHARE</c>: a take-over waits for a write in flight to commit, so the new home recovers after it.
/// </remarks>
internal static class LeaseFenceSql
{
    /// <summary>The lease table and the fence function (idempotent); serialised by an advisory lock so nodes starting together do not collide.</summary>
    public const string Schema = """
        SELECT pg_advisory_xact_lock(7415061);
        CREATE TABLE IF NOT EXISTS auralis_session_lease (
            name text PRIMARY KEY,
            owner text NOT NULL,
            expires_at timestamptz NOT NULL);
        CREATE OR REPLACE FUNCTION auralis_fence_session_write() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.persistence_id LIKE 'session-%' THEN
                PERFORM 1 FROM auralis_session_lease l
                    WHERE l.name = NEW.persistence_id AND l.owner = current_setting('application_name')
                      AND l.expires_at > clock_timestamp()
                    FOR SHARE;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'write to % refused: writer % does not hold its lease', NEW.persistence_id,
                        current_setting('application_name');
                END IF;
            END IF;
            RETURN NEW;
        END $$;
        DO $$ BEGIN
            IF to_regclass('journal') IS NOT NULL THEN
                CREATE OR REPLACE TRIGGER auralis_fence BEFORE INSERT ON journal
                    FOR EACH ROW EXECUTE FUNCTION auralis_fence_session_write();
            END IF;
            IF to_regclass('snapshot') IS NOT NULL THEN
                CREATE OR REPLACE TRIGGER auralis_fence BEFORE INSERT OR UPDATE ON snapshot
                    FOR EACH ROW EXECUTE FUNCTION auralis_fence_session_write();
            END IF;
        END $$;
        SELECT count(*) FROM pg_trigger WHERE tgname = 'auralis_fence';
        """;

    /// <summary>How many tables the fence guards now: a node that finds both guarded changes nothing (the DDL locks the journal).</summary>
    public const string Installed = "SELECT count(*) FROM pg_trigger WHERE tgname = 'auralis_fence';";

    /// <summary>How many tables the fence guards once both exist (journal and snapshot).</summary>
    public const int FencedTables = 2;

    /// <summary>Takes lease <c>@name</c> for <c>@owner</c> if it is free, expired or already its own; returns a row when taken.</summary>
    public const string Acquire = """
        INSERT INTO auralis_session_lease AS l (name, owner, expires_at)
        VALUES (@name, @owner, clock_timestamp() + @ttl)
        ON CONFLICT (name) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
            WHERE l.owner = EXCLUDED.owner OR l.expires_at <= clock_timestamp()
        RETURNING l.name;
        """;

    /// <summary>Extends every unexpired lease of <c>@owner</c>; returns the names still held (one statement a heartbeat for all of a node's sessions).</summary>
    public const string Renew = """
        UPDATE auralis_session_lease SET expires_at = clock_timestamp() + @ttl
        WHERE owner = @owner AND expires_at > clock_timestamp()
        RETURNING name;
        """;

    /// <summary>Gives lease <c>@name</c> up if <c>@owner</c> holds it.</summary>
    public const string Release = "DELETE FROM auralis_session_lease WHERE name = @name AND owner = @owner;";

    /// <summary>Gives up every lease of <c>@owner</c> (a node that learns it was downed or quarantined), so the new homes need not wait for them to expire.</summary>
    public const string ReleaseAll = "DELETE FROM auralis_session_lease WHERE owner = @owner;";
}
