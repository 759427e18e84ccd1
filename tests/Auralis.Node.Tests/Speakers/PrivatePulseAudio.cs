using System.Diagnostics;

namespace Auralis.Node.Tests.Speakers;

/// <summary>
/// A PulseAudio server of the test's own, whose only output is a null sink (<see cref="Sink"/>): what is played to it can be
/// recorded from its monitor, and nothing reaches a real sound card or another program's server.
/// </summary>
internal sealed class PrivatePulseAudio : IAsyncDisposable
{
    public const string Sink = "auralis_test";
    private readonly Process _server;
    private readonly string _folder;

    private PrivatePulseAudio(Process server, string folder)
    {
        _server = server;
        _folder = folder;
    }

    /// <summary>The address a client gives as PULSE_SERVER.</summary>
    public string Address => $"unix:{Path.Combine(_folder, "native")}";

    public static async Task<PrivatePulseAudio> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("auralis-pulse-").FullName;
        var start = new ProcessStartInfo("/usr/bin/pulseaudio") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no", "--disallow-exit", "--log-target=stderr",
                     $"--load=module-native-protocol-unix socket={Path.Combine(folder, "native")} auth-anonymous=1",
                     $"--load=module-null-sink sink_name={Sink} rate=48000",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        // Its own runtime and state folders, so it neither finds nor disturbs a desktop's server.
        start.Environment["XDG_RUNTIME_DIR"] = folder;
        start.Environment["XDG_CONFIG_HOME"] = folder;
        start.Environment["HOME"] = folder;
        var server = Process.Start(start) ?? throw new InvalidOperationException("pulseaudio did not start");
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        server.ErrorDataReceived += (_, line) => log.Enqueue(line.Data ?? string.Empty);
        server.OutputDataReceived += (_, _) => { };
        server.BeginErrorReadLine();
        server.BeginOutputReadLine();
        var pulse = new PrivatePulseAudio(server, folder);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await pulse.AnswersAsync())
        {
            if (server.HasExited || DateTime.UtcNow > deadline)
            {
                await pulse.DisposeAsync();
                throw new InvalidOperationException($"the private PulseAudio server did not come up: {string.Join(" | ", log)}");
            }

            await Task.Delay(100);
        }

        return pulse;
    }

    /// <summary>Records the null sink's monitor as s16le stereo 48 kHz until <see cref="Recording.StopAsync"/>.</summary>
    public Recording Record() => Recording.Start(this);

    /// <summary>An environment for a client of this server.</summary>
    public void Into(ProcessStartInfo client) => client.Environment["PULSE_SERVER"] = Address;

    private async Task<bool> AnswersAsync()
    {
        var info = new ProcessStartInfo("/usr/bin/pactl", ["info"]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        Into(info);
        using var pactl = Process.Start(info)!;
        var said = await pactl.StandardOutput.ReadToEndAsync();
        await pactl.WaitForExitAsync();
        return pactl.ExitCode == 0 && said.Contains(Sink, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_server.HasExited)
        {
            _server.Kill();
            await _server.WaitForExitAsync();
        }

        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary><c>parec</c> on the sink's monitor, its output kept in memory.</summary>
    internal sealed class Recording
    {
        private readonly Process _parec;
        private readonly Task<byte[]> _bytes;

        private Recording(Process parec)
        {
            _parec = parec;
            _bytes = Task.Run(async () =>
            {
                using var kept = new MemoryStream();
                await parec.StandardOutput.BaseStream.CopyToAsync(kept);
                return kept.ToArray();
            });
        }

        public static Recording Start(PrivatePulseAudio pulse)
        {
            var start = new ProcessStartInfo("/usr/bin/parec")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-d", $"{Sink}.monitor", "--raw", "--format=s16le", "--rate=48000", "--channels=2" })
            {
                start.ArgumentList.Add(argument);
            }

            pulse.Into(start);
            var parec = Process.Start(start) ?? throw new InvalidOperationException("parec did not start");
            parec.ErrorDataReceived += (_, _) => { };
            parec.BeginErrorReadLine();
            return new Recording(parec);
        }

        /// <summary>Stops recording and answers the samples, interleaved, scaled to -1..1.</summary>
        public async Task<float[]> StopAsync()
        {
            _parec.Kill();
            var bytes = await _bytes;
            await _parec.WaitForExitAsync();
            _parec.Dispose();
            var samples = new float[bytes.Length / 2];
            for (var i = 0; i < samples.Length; i++)
            {
                samples[i] = BitConverter.ToInt16(bytes, i * 2) / 32768f;
            }

            return samples;
        }
    }
}
