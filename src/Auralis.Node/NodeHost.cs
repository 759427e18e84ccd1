using System.Threading.RateLimiting;
using Auralis.Engine.Persistence;
using Auralis.Node.Api;
using Auralis.Node.Configuration;
using Auralis.Node.Hosting;
using Auralis.Node.Osc;
using Auralis.Node.Security;
using Auralis.Node.Streaming;
using Auralis.Node.Streaming.Opus;
using Microsoft.Extensions.Options;

namespace Auralis.Node;

/// <summary>Builds the node: configuration, the actor system, Kestrel with REST, WebSocket, the web client, health, the TCP protocol and OSC.</summary>
public static class NodeHost
{
    /// <summary>Builds the node from its command line; a <see cref="FormatException"/> or <see cref="InvalidOperationException"/> says what is wrong.</summary>
    public static WebApplication Build(string[] args, IDictionary<string, string?>? overrides = null)
    {
        var fromArgs = NodeArguments.Parse(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Configuration
            .AddInMemoryCollection(NodeArguments.FromEnvironment(Environment.GetEnvironmentVariables()))
            .AddInMemoryCollection(fromArgs)
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>());
        var options = builder.Configuration.GetSection(NodeOptions.Section).Get<NodeOptions>() ?? new NodeOptions();
        if (!Uri.TryCreate(options.Http, UriKind.Absolute, out var http) || http.Scheme is not ("http" or "https"))
        {
            throw new FormatException($"--http takes an address such as http://127.0.0.1:5000, not '{options.Http}'.");
        }

        var access = new AccessPolicy(options);
        access.CheckBinding(http);
        access.CheckRemoting(options.AkkaHost);
        var journal = string.IsNullOrWhiteSpace(options.Journal)
            ? JournalTarget.InDataDirectory(Path.GetFullPath(options.Data))
            : JournalTarget.Parse(options.Journal);

        builder.WebHost.UseUrls(http.GetLeftPart(UriPartial.Authority));
        // Kestrel's own limit (30,000,000 bytes by default) is the node's upload cap, so the cap is one number and over it is a 413.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = AgentEndpoints.MaxUploadBytes);
        builder.Services.Configure<NodeOptions>(builder.Configuration.GetSection(NodeOptions.Section));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(access);
        var names = new NodeNames(options);
        builder.Services.AddSingleton(names);
        builder.Services.AddSingleton<NodeMetrics>();
        builder.Services.AddSingleton<RenderGate>();
        builder.Services.AddTransient<ClientConnection>();
        builder.Services.AddSingleton<OpusEncoders>();
        builder.Services.AddSingleton<TcpProtocolListener>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TcpProtocolListener>());
        builder.Services.AddHostedService<DemoSession>();
        builder.Services.AddOsc(options, access);
        builder.Services.AddAuralisAkka(options, journal, LogLevelOf(builder.Configuration));
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ProblemCodes.Stamp);
        builder.Services.AddOpenApi();
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy.WithOrigins([.. options.CorsOrigins]).AllowAnyHeader().AllowAnyMethod()));
        builder.Services.AddRateLimiter(limiter =>
        {
            // ASP.NET Core answers 503 by default; an over-limit client should hear 429 and when to come back.
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RequestsPerMinute, Window = TimeSpan.FromMinutes(1) })
                    : RateLimitPartition.GetNoLimiter("unlimited"));
        });

        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        var app = builder.Build();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Auralis.Node");
        if (access.IsOpen)
        {
            log.LogWarning("No API keys are configured: this loopback node is open to every local client");
        }

        log.LogInformation("Journal: {Journal}", journal);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ProblemCodes.StatusOf,
            // A client's bad request (an oversized body) is answered, not a fault of the node: it is not logged as one.
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
        });
        app.UseStatusCodePages();
        app.UseHostCheck(names);
        app.UseCors();
        app.UseRateLimiter();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealth();
        app.MapSessions();
        app.MapRender();
        app.MapCluster();
        app.MapGenerators();
        app.MapSessionSockets();
        app.MapListen();
        app.MapAgents();
        app.MapOsc();
        return app;
    }

    /// <summary>The level the node logs from (<c>Logging:LogLevel:Default</c>: Warning unless <c>--verbose</c> or <c>--log-level</c>).</summary>
    public static LogLevel LogLevelOf(IConfiguration configuration) =>
        Enum.TryParse<LogLevel>(configuration["Logging:LogLevel:Default"], ignoreCase: true, out var level) ? level : LogLevel.Information;

    /// <summary>The options the node was built with.</summary>
    public static NodeOptions Options(this WebApplication app) => app.Services.GetRequiredService<IOptions<NodeOptions>>().Value;
}
