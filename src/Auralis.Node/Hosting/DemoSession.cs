using Auralis.Engine.Sessions;
using Auralis.Node.Configuration;
using Microsoft.Extensions.Options;
using static Auralis.Engine.Sessions.SessionCommands;
using static Auralis.Engine.Sessions.SessionQueries;

namespace Auralis.Node.Hosting;

/// <summary>Creates the <c>demo</c> session at start-up when it does not exist yet (unless <c>--no-demo</c>), so a new node plays at once.</summary>
public sealed class DemoSession(SessionGateway gateway, IOptions<NodeOptions> options, ILogger<DemoSession> log) : BackgroundService
{
    /// <summary>The demo session's id.</summary>
    public static readonly SessionId Id = new("demo");

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.NoDemo)
        {
            return;
        }

        // The cluster may take a moment to form; asking again is harmless because creation is idempotent by id.
        for (var attempt = 0; attempt < 30 && !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var answer = await gateway.AskAsync<SessionView>(new GetSession(Id), stoppingToken).ConfigureAwait(false);
                if (answer.Value is not null)
                {
                    log.LogInformation("Session demo is playing");
                    return;
                }

                var created = await gateway.AskAsync<CommandAccepted>(
                    new CreateSession(Id, "Demo", 2026, new Dictionary<string, ParameterValue> { ["key"] = ParameterValue.Of("D"), ["mode"] = ParameterValue.Of("dorian") }),
                    stoppingToken).ConfigureAwait(false);
                log.LogInformation("Session demo: {Answer}", created.Value is not null ? "created and playing" : created.Rejection?.ToString() ?? created.Other);
                return;
            }
            catch (Akka.Actor.AskTimeoutException)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
