using System.Net.Http.Json;

namespace Auralis.Testing;

/// <summary>
/// A client steering one session all the time, one input after another: each renames the session to a name never used
/// before (so the journal shows each input, and how often it was applied), sent with an <c>Idempotency-Key</c> to the
/// nodes in turn; it keeps the names the cluster acknowledged.
/// </summary>
/// <remarks>With <c>retry</c>, an input that was not acknowledged (an error answer, no answer) is sent again, same key and name, to the next node until one acknowledges it.</remarks>
public sealed class RenameInputs : IAsyncDisposable
{
    private static readonly TimeSpan RequestLimit = TimeSpan.FromSeconds(12);
    private static readonly TimeSpan RetryLimit = TimeSpan.FromSeconds(60);
    private readonly string _session;
    private readonly Func<IReadOnlyList<HttpClient>> _targets;
    private readonly string _prefix;
    private readonly TimeSpan _every;
    private readonly bool _retry;
    private readonly List<string> _acknowledged = [];
    private readonly CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;
    private int _unacknowledged;

    public RenameInputs(string session, Func<IReadOnlyList<HttpClient>> targets, string prefix, TimeSpan every, bool retry)
    {
        _session = session;
        _targets = targets;
        _prefix = prefix;
        _every = every;
        _retry = retry;
    }

    /// <summary>The names the cluster acknowledged, in the order it did.</summary>
    public IReadOnlyList<string> Acknowledged
    {
        get
        {
            lock (_acknowledged)
            {
                return [.. _acknowledged];
            }
        }
    }

    /// <summary>Inputs given up without an acknowledgement (they may or may not have been applied).</summary>
    public int Unacknowledged => Volatile.Read(ref _unacknowledged);

    public void Start() => _running = Task.Run(() => RunAsync(_stop.Token));

    /// <summary>Stops sending once the input in flight is answered.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running;
    }

    private async Task RunAsync(CancellationToken stop)
    {
        var turn = 0;
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var name = $"{_prefix}-{n}";
            var key = Guid.NewGuid().ToString("N");
            var until = DateTime.UtcNow + RetryLimit;
            var acknowledged = false;
            do
            {
                var targets = _targets();
                if (targets.Count > 0 && await SendAsync(targets[turn++ % targets.Count], name, key))
                {
                    acknowledged = true;
                    break;
                }

                await Task.Delay(100, CancellationToken.None);
            }
            while (_retry && DateTime.UtcNow < until);

            if (acknowledged)
            {
                lock (_acknowledged)
                {
                    _acknowledged.Add(name);
                }
            }
            else
            {
                Interlocked.Increment(ref _unacknowledged);
            }

            try
            {
                await Task.Delay(_every, stop);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private async Task<bool> SendAsync(HttpClient node, string name, string key)
    {
        using var limit = new CancellationTokenSource(RequestLimit);
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/sessions/{_session}") { Content = JsonContent.Create(new { name }) };
        request.Headers.Add("Idempotency-Key", key);
        try
        {
            using var answer = await node.SendAsync(request, limit.Token);
            return answer.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }
}
