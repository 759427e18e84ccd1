namespace Auralis.Node.Configuration;

/// <summary>Everything a node is told: where it listens, where it journals, whom it joins, who may use it, and its limits.</summary>
/// <remarks>Bound from the <c>Auralis</c> section: appsettings.json, then <c>AURALIS_</c> environment variables, then the command line.</remarks>
public sealed class NodeOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Auralis";

    /// <summary>The HTTP address of REST, WebSocket and the web client.</summary>
    public string Http { get; set; } = "http://127.0.0.1:5000";

    /// <summary>The TCP protocol's port on the HTTP host (0 turns it off).</summary>
    public int Tcp { get; set; } = 7400;

    /// <summary>The data directory (the SQLite journal lives here unless <see cref="Journal"/> says otherwise).</summary>
    public string Data { get; set; } = "./data";

    /// <summary><c>sqlite:PATH</c> or <c>postgres:CONNECTION-STRING</c>; empty means <c>auralis.db</c> in <see cref="Data"/>.</summary>
    public string? Journal { get; set; }

    /// <summary>The host name Akka remoting binds and advertises.</summary>
    public string AkkaHost { get; set; } = "127.0.0.1";

    /// <summary>Akka remoting's port.</summary>
    public int AkkaPort { get; set; } = 4053;

    /// <summary>Seed nodes to join; none makes this node a cluster of its own.</summary>
    public List<string> Seeds { get; set; } = [];

    /// <summary>True to skip creating the <c>demo</c> session.</summary>
    public bool NoDemo { get; set; }

    /// <summary>API keys and their roles; none on a loopback node means open access.</summary>
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    /// <summary>Origins allowed to call REST (CORS) and to open WebSockets.</summary>
    public List<string> CorsOrigins { get; set; } = [];

    /// <summary>Host names the node answers to beyond those of <see cref="Http"/> (a proxy's, a DNS name); <c>*</c> accepts any Host.</summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>The largest client message, WebSocket or TCP, in bytes.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>How many clients may listen to one session.</summary>
    public int MaxClientsPerSession { get; set; } = 256;

    /// <summary>Client messages per second a connection may send before it is told <c>rate-limited</c>.</summary>
    public int MessagesPerSecond { get; set; } = 50;

    /// <summary>REST requests per minute per client address before 429.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>The longest offline render (render and audio exports), in seconds: longer ones are refused before they start.</summary>
    public double MaxRenderSeconds { get; set; } = 3600;

    /// <summary>How many offline renders the node runs at once; more answer 429.</summary>
    public int MaxConcurrentRenders { get; set; } = 2;

    /// <summary>How long a playing session nobody listens to goes on rendering before it sleeps, in seconds.</summary>
    public int ListenerGraceSeconds { get; set; } = 60;

    /// <summary>The OSC UDP port (0 turns it off).</summary>
    public int OscUdp { get; set; } = 7401;

    /// <summary>The OSC TCP port (0, the default, turns it off).</summary>
    public int OscTcp { get; set; }

    /// <summary>The address OSC binds; empty means loopback, so only this machine can reach it.</summary>
    public string? OscHost { get; set; }

    /// <summary>OSC over TCP's framing: <c>length</c> (OSC 1.0's int32 prefix) or <c>slip</c> (OSC 1.1).</summary>
    public string OscFraming { get; set; } = "length";

    /// <summary>SoundFont 2 files a session's voices may play by their file name without extension (<c>soprano.soundfont=FluidR3_GM</c>).</summary>
    public List<string> SoundFonts { get; set; } = [];

    /// <summary>Sender addresses that may steer over OSC without a key (as performers).</summary>
    public List<string> OscAllow { get; set; } = [];

    /// <summary>OSC packets per second one sender address may send; a fader sends dozens a second, so this sits above <see cref="MessagesPerSecond"/>.</summary>
    public int OscPacketsPerSecond { get; set; } = 200;

    /// <summary>How many OSC subscriptions the node serves at once.</summary>
    public int OscMaxSubscribers { get; set; } = 64;

    /// <summary>How long an OSC subscription lasts unless the subscriber sends <c>subscribe</c> again.</summary>
    public int OscSubscriptionSeconds { get; set; } = 60;

    /// <summary>How far ahead a timetagged OSC bundle may be scheduled.</summary>
    public int OscMaxAheadSeconds { get; set; } = 300;
}

/// <summary>One API key and the role it grants.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>The bearer token.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary><c>listener</c>, <c>performer</c> or <c>admin</c>.</summary>
    public string Role { get; set; } = "listener";
}
