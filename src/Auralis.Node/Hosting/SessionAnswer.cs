using Auralis.Engine.Sessions;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Node.Hosting;

/// <summary>A session's answer to an ask: the answer asked for, the session's refusal, or the name of anything else it said.</summary>
/// <typeparam name="TAnswer">The answer the ask expects when the session does what was asked.</typeparam>
/// <param name="Value">The answer, when it is the one asked for.</param>
/// <param name="Rejection">Why the session refused, when it did.</param>
/// <param name="Other">The type of any other answer (a fault: sessions answer what they are asked, or refuse).</param>
public readonly record struct SessionAnswer<TAnswer>(TAnswer? Value, Rejection? Rejection, string? Other)
    where TAnswer : class
{
    /// <summary>Sorts a reply into the answer asked for, a refusal, or something else.</summary>
    public static SessionAnswer<TAnswer> Of(object reply) => reply switch
    {
        CommandRejected rejected => new(null, rejected.Rejection, null),
        TAnswer wanted => new(wanted, null, null),
        _ => new(null, null, reply.GetType().Name),
    };
}
