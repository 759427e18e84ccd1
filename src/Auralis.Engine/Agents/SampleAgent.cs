using Akka.Actor;
using Akka.Event;
using Auralis.Audio.Analysis;
using Auralis.Engine.Agents.Sample;
using Auralis.Engine.Sessions;
using static Auralis.Engine.Agents.SampleRequests;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Engine.Agents;

/// <summary>The sample agent (<c>agents/sample</c>): the session's sample library — uploads stored as files, features per sample, nearest-sample matching.</summary>
/// <remarks>
/// An upload is stored and analyzed here, then sent to the session as <see cref="SessionCommands.AddSample"/> (name, path, hash), so the
/// library is in the journal and survives restarts; the agent re-reads the files of the state's samples when it first needs them.
/// </remarks>
public sealed class SampleAgent : ReceiveActor
{
    /// <summary>The actor's name in the session's tree.</summary>
    public const string Name = "sample";

    // The session answers a change at once (it is persisted and stamped); this only bounds a session that has stopped.
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(10);

    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly SampleLibrary _library = new();
    private readonly Dictionary<string, string> _loaded = new(StringComparer.Ordinal);

    // The features of the last upload, by its content's hash: the session adds the sample before this agent sees it in the
    // state, and analysing it a second time then would cost as much as the upload did (seconds for a long sample).
    private (string Sha256, SampleFeatures Features)? _lastUpload;

    /// <summary>Starts the agent of session <paramref name="id"/>, storing uploads under <paramref name="folder"/>.</summary>
    public SampleAgent(SessionId id, IActorRef session, string folder)
    {
        Receive<AgentWork>(work =>
        {
            Sync(work.State);
            switch (work.Request)
            {
                case UploadSample upload:
                    try
                    {
                        var shelf = new Synthesis.SampleShelf(work.State.Samples);
                        var (path, sha, features) = SampleStore.Store(folder, id, upload.Wav, shelf.FindForSfz);
                        _lastUpload = features is null ? null : (sha, features);
                        session.Tell(new SessionCommands.AddSample(id, upload.Name ?? string.Empty, path, sha), Sender);
                    }
                    catch (FormatException e)
                    {
                        Sender.Tell(new CommandRejected(id, new Rejection(Rejection.BadValue, e.Message)));
                    }

                    break;
                case FindNearestSample find:
                    Sender.Tell(Find(id, find));
                    break;
                case AssignKit:
                    AssignKitFromLibrary(id, session);
                    break;
                default:
                    Sender.Tell(new SamplesListed(id, _library.Names.Select(n => new SampleEntry(n, _loaded[n], _library.Find(n)!)).ToArray()));
                    break;
            }
        });
    }

    /// <summary>The props of the agent.</summary>
    public static Props Props(SessionId id, IActorRef session, string folder) => Akka.Actor.Props.Create(() => new SampleAgent(id, session, folder));

    private object Find(SessionId id, FindNearestSample find)
    {
        if (_library.Count == 0)
        {
            return new CommandRejected(id, new Rejection(Rejection.NotFound, "The sample library is empty."));
        }

        try
        {
            var matches = _library.Rank(find.Request, Math.Clamp(find.Count, 1, 100));
            return new SamplesListed(id, matches.Select(m => new SampleEntry(m.Name, _loaded[m.Name], m.Features, m.Distance)).ToArray());
        }
        catch (ArgumentException e)
        {
            return new CommandRejected(id, new Rejection(Rejection.BadValue, e.Message));
        }
    }

    private void AssignKitFromLibrary(SessionId id, IActorRef session)
    {
        if (_library.Count == 0)
        {
            Sender.Tell(new CommandRejected(id, new Rejection(Rejection.NotFound, "The sample library is empty: upload samples before building a kit from it.")));
            return;
        }

        var kit = KitMatcher.Match(_library);
        var change = new SessionCommands.ChangeParameters(id, kit.ToDictionary(slot => $"kit.{slot.Key}", slot => ParameterValue.Of(slot.Value)));
        session.Ask<object>(change, AskTimeout).PipeTo(Sender, success: answer => answer is CommandAccepted accepted
            ? new KitAssigned(id, kit, accepted.Events.Count > 0 ? accepted.AtTick : null)
            : answer);
    }

    private void Sync(SessionState state)
    {
        foreach (var sample in state.Samples.Values)
        {
            if (sample.IsSoundFont)
            {
                continue;
            }

            if (_loaded.TryGetValue(sample.Name, out var sha) && sha == sample.Sha256)
            {
                continue;
            }

            var features = _lastUpload is { } upload && upload.Sha256 == sample.Sha256 ? upload.Features : SampleStore.Load(sample);
            if (features is not null)
            {
                Remember(sample.Name, sample.Sha256, features);
            }
            else
            {
                _log.Warning("Sample {0} ({1}) is missing or changed on disk; it is left out of the library", sample.Name, sample.Path);
            }
        }
    }

    private void Remember(string name, string sha, SampleFeatures features)
    {
        if (name.Length == 0)
        {
            return;
        }

        _library.Remove(name);
        _library.Add(name, features);
        _loaded[name] = sha;
    }
}
