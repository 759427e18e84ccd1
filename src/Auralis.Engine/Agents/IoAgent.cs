using Akka.Actor;
using Auralis.Engine.Agents.Io;
using Auralis.Engine.ReadSide;
using Auralis.Engine.Sessions;
using Auralis.Market.Series;
using static Auralis.Engine.Agents.IoRequests;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Engine.Agents;

/// <summary>The IO agent (<c>agents/io</c>): exports the session (JSON backup, WAV, MIDI) from its journal, and imports price CSVs into it.</summary>
/// <remarks>
/// Exports read the journal (Akka.Persistence.Query) and replay it off the actor's thread, piping the file back to the caller, so the
/// agent never blocks. A backup is restored into a new session by that session itself (<see cref="SessionCommands.RestoreSession"/>).
/// </remarks>
public sealed class IoAgent : ReceiveActor
{
    /// <summary>The actor's name in the session's tree.</summary>
    public const string Name = "io";

    /// <summary>Starts the agent; what it imports goes to <paramref name="session"/> to be persisted, and backups carry the samples under <paramref name="sampleFolder"/>.</summary>
    public IoAgent(IActorRef session, string sampleFolder)
    {
        var history = new SessionHistory(Context.System);
        Receive<AgentWork>(work =>
        {
            switch (work.Request)
            {
                case ExportSession export when !SessionExport.Formats.Contains(export.Format):
                    Sender.Tell(new CommandRejected(export.SessionId, new Rejection(Rejection.BadValue, $"An export is json, wav or mid, not '{export.Format}'.")));
                    break;
                case ExportSession export:
                    ExportAsync(history, export, sampleFolder).PipeTo(Sender);
                    break;
                case ImportPriceCsv import:
                    try
                    {
                        var prices = PriceSeriesReader.Parse(import.Csv, import.SessionId.Value).Prices;
                        session.Tell(new SessionCommands.ObservePrices(import.SessionId, prices), Sender);
                    }
                    catch (FormatException e)
                    {
                        Sender.Tell(new CommandRejected(import.SessionId, new Rejection(Rejection.BadValue, e.Message)));
                    }

                    break;
            }
        });
    }

    /// <summary>The props of the agent.</summary>
    public static Props Props(IActorRef session, string sampleFolder) => Akka.Actor.Props.Create(() => new IoAgent(session, sampleFolder));

    private static async Task<SessionExported> ExportAsync(SessionHistory history, ExportSession export, string sampleFolder)
    {
        var events = (await history.EventsAsync(export.SessionId).ConfigureAwait(false)).Select(e => e.Event).ToArray();
        var (content, type, name) = await Task.Run(() => SessionExport.Export(export.SessionId, events, export.Format, export.Length, export.WavFormat, sampleFolder))
            .ConfigureAwait(false);
        return new SessionExported(export.SessionId, content, type, name);
    }
}
