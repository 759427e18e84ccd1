using System.Text.RegularExpressions;

namespace Auralis.Engine.Sessions;

/// <summary>A session's identity: 1–64 characters of lower-case letters, digits, '-' and '_', starting with a letter or digit.</summary>
/// <remarks>The id is the persistence id's suffix, the shard entity id and a URL segment, so it is kept to characters safe in all three.</remarks>
public readonly partial record struct SessionId
{
    /// <summary>Creates a session id, refusing text that is not a valid id.</summary>
    public SessionId(string value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException(
                $"'{value}' is not a session id: use 1-64 lower-case letters, digits, '-' or '_', starting with a letter or digit.",
                nameof(value));
        }

        Value = value;
    }

    /// <summary>The id's text.</summary>
    public string Value { get; }

    /// <summary>The persistence id of the session's event stream.</summary>
    public string PersistenceId => $"session-{Value}";

    /// <summary>True when <paramref name="value"/> is a valid id.</summary>
    public static bool IsValid(string? value) => value is not null && IdPattern().IsMatch(value);

    /// <summary>The session id of a persistence id written by <see cref="PersistenceId"/>, or null for any other stream.</summary>
    public static SessionId? FromPersistenceId(string persistenceId) =>
        persistenceId.StartsWith("session-", StringComparison.Ordinal) && IsValid(persistenceId[8..])
            ? new SessionId(persistenceId[8..])
            : null;

    /// <inheritdoc />
    public override string ToString() => Value;

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
