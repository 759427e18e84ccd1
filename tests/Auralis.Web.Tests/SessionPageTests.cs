using System.Diagnostics;
using Auralis.Testing;
using Auralis.Web.Tests.Support;
using Xunit.Abstractions;

namespace Auralis.Web.Tests;

/// <summary>The web client in a real Chromium against a real node: pick a session, listen, steer, and look at it.</summary>
public sealed class SessionPageTests(ITestOutputHelper output)
{
    [BrowserFact]
    public async Task A_listener_picks_a_session_hears_it_flowing_and_sees_a_tempo_change_scheduled()
    {
        var clock = Stopwatch.StartNew();
        await using var node = await TestNode.StartAsync();
        await node.CreateSessionAsync("web-test", new { name = "Browser test", bpm = 110 });
        output.WriteLine($"node up, session created: {clock.Elapsed.TotalSeconds:F1} s");

        await using var browser = await BrowserPage.OpenAsync(output);
        var page = browser.Page;
        output.WriteLine($"browser up: {clock.Elapsed.TotalSeconds:F1} s");

        await page.GotoAsync(node.BaseAddress.ToString());
        var open = page.Locator("[data-session='web-test'] .open");
        await open.WaitForAsync(new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactFolder(), "sessions.png") });
        await open.ClickAsync();
        await page.Locator("#session-view").WaitForAsync(new() { Timeout = 30_000 });
        await page.Locator("#listen").ClickAsync();

        // Half a second of audio must have reached the worklet and be playing, and it must not be silence.
        await page.WaitForFunctionAsync(
            "() => { const s = window.auralis && window.auralis.stats; return s && s.framesReceived > 24000 && s.framesPlayed > 0 && s.peak > 0; }",
            null, new() { Timeout = 30_000, PollingInterval = 200 });
        var stats = await page.EvaluateAsync<Dictionary<string, double>>(
            "() => Object.fromEntries(Object.entries(window.auralis.stats).filter(([, v]) => typeof v === 'number'))");
        output.WriteLine($"sound flowing: {clock.Elapsed.TotalSeconds:F1} s; " + string.Join(", ", stats.Select(s => $"{s.Key}={s.Value:0.###}")));

        await page.Locator("#bpm").FillAsync("132");
        await page.Locator("#bpm").PressAsync("Enter");
        var scheduled = page.Locator("#changes li[data-param='bpm']", new() { HasTextString = "scheduled at bar" });
        await scheduled.WaitForAsync(new() { Timeout = 20_000 });
        output.WriteLine($"bpm change scheduled: {clock.Elapsed.TotalSeconds:F1} s: {await scheduled.First.InnerTextAsync()}");
        Assert.Contains("132", await scheduled.First.InnerTextAsync(), StringComparison.Ordinal);

        // Then it is heard: the transport and the worklet's playback both pass the tick it was scheduled at.
        await page.Locator("#changes li[data-param='bpm']", new() { HasTextString = "sounding" }).WaitForAsync(new() { Timeout = 30_000 });
        output.WriteLine($"bpm change sounding: {clock.Elapsed.TotalSeconds:F1} s; {await HealthAsync(page)}");

        // 16-bit PCM decodes too: switching the format keeps the sound coming.
        var before = await page.EvaluateAsync<double>("() => window.auralis.stats.framesReceived");
        await page.Locator("#audio-format").SelectOptionAsync("pcm16");
        await page.WaitForFunctionAsync(
            "before => window.auralis.format === 'pcm16' && window.auralis.stats.framesReceived > before + 24000 && window.auralis.stats.peak > 0",
            before, new() { Timeout = 30_000, PollingInterval = 200 });
        output.WriteLine($"pcm16 flowing: {clock.Elapsed.TotalSeconds:F1} s; {await HealthAsync(page)}");

        // Let the pictures fill in a little before they are photographed: a few notes and prices on the canvases.
        await page.WaitForFunctionAsync("() => window.auralis.counts.notes > 8 && window.auralis.counts.prices > 2", null, new() { Timeout = 20_000 });
        var ahead = await page.EvaluateAsync<double>("() => (window.auralis.lastNoteFrame - window.auralis.stats.playFrame) / 48000");
        output.WriteLine($"the latest note is {ahead:F2} s ahead of what the worklet plays");
        await page.EvaluateAsync("() => { document.activeElement.blur(); window.scrollTo(0, 0); }");
        await browser.PaintedAsync();
        var wide = Path.Combine(ArtifactFolder(), "session-view.png");
        await page.ScreenshotAsync(new() { Path = wide, FullPage = true });
        output.WriteLine($"screenshot: {wide}; {await HealthAsync(page)}");
        Console.WriteLine($"Session view screenshot: {wide}");

        // A phone-sized screen gets one column and nothing wider than the screen.
        await page.SetViewportSizeAsync(360, 800);
        await browser.PaintedAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        var narrow = Path.Combine(ArtifactFolder(), "session-view-360.png");
        await page.ScreenshotAsync(new() { Path = narrow, FullPage = true });
        output.WriteLine($"screenshot: {narrow}; done at {clock.Elapsed.TotalSeconds:F1} s; {await HealthAsync(page)}");
        Assert.True(overflow <= 0, $"At 360 px the page is {overflow} px wider than the screen.");
        Assert.Empty(browser.ScriptErrors);
    }

    [BrowserFact]
    public async Task A_node_with_keys_asks_for_a_token_and_a_listener_token_may_listen_but_its_steering_is_refused_visibly()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>
        {
            ["Auralis:ApiKeys:0:Key"] = "admin-key",
            ["Auralis:ApiKeys:0:Role"] = "admin",
            ["Auralis:ApiKeys:1:Key"] = "listen-key",
            ["Auralis:ApiKeys:1:Role"] = "listener",
        });
        await node.CreateSessionAsync("locked", new { name = "Locked session", bpm = 110 }, token: "admin-key");
        await using var browser = await BrowserPage.OpenAsync(output);
        var page = browser.Page;

        await page.GotoAsync(node.BaseAddress.ToString());
        await page.Locator("#login").WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("401", await page.Locator("#status").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("#token").FillAsync("listen-key");
        await page.Locator("#login button[type='submit']").ClickAsync();
        await page.Locator("[data-session='locked'] .open").ClickAsync(new() { Timeout = 30_000 });
        await page.Locator("#connection", new() { HasTextString = "open" }).WaitForAsync(new() { Timeout = 30_000 });
        Assert.Equal("listen-key", await page.EvaluateAsync<string>("() => sessionStorage.getItem('auralis.token')"));

        await page.Locator("#intensity").FillAsync("0.9");
        await page.Locator("#intensity").DispatchEventAsync("change");
        var refusal = page.Locator("#status.error", new() { HasTextString = "forbidden" });
        await refusal.WaitForAsync(new() { Timeout = 20_000 });
        output.WriteLine($"status: {await refusal.InnerTextAsync()}");
        Assert.Empty(browser.ScriptErrors);
    }

    [BrowserFact]
    public async Task The_landing_page_plays_the_demo_with_one_button()
    {
        await using var node = await TestNode.StartAsync();
        await node.CreateSessionAsync("demo", new { name = "Demo" });
        await using var browser = await BrowserPage.OpenAsync(output);
        var page = browser.Page;

        await page.GotoAsync(node.BaseAddress.ToString());
        await page.Locator("#play-demo").ClickAsync(new() { Timeout = 30_000 });

        await page.WaitForFunctionAsync(
            "() => { const s = window.auralis && window.auralis.stats; return location.hash === '#/sessions/demo' && s.framesPlayed > 0 && s.peak > 0; }",
            null, new() { Timeout = 30_000, PollingInterval = 200 });
        Assert.Equal("true", await page.Locator("#listen").GetAttributeAsync("aria-pressed"));

        // Where the browser decodes Opus (WebCodecs), that is what the page takes, a twentieth of PCM's bytes.
        if (await page.EvaluateAsync<bool>("() => typeof AudioDecoder !== 'undefined'"))
        {
            Assert.Equal("opus", await page.EvaluateAsync<string>("() => window.auralis.format"));
        }
        else
        {
            output.WriteLine("This Chromium has no WebCodecs AudioDecoder: the page played PCM.");
        }

        // Health in plain words, and the page uses the whole width of a wide screen.
        var sound = await page.Locator("#h-sound").InnerTextAsync();
        Assert.True(sound == "steady" || sound.StartsWith("catching up", StringComparison.Ordinal), sound);
        Assert.DoesNotContain("Drift", await page.Locator("#session-view").InnerTextAsync(), StringComparison.Ordinal);
        await page.SetViewportSizeAsync(1920, 1000);
        var blank = await page.EvaluateAsync<double>("() => window.innerWidth - document.querySelector('main').getBoundingClientRect().width");
        Assert.True(blank <= 40, $"{blank} px of a 1920 px screen are left blank.");
        Assert.Empty(browser.ScriptErrors);
    }

    private static Task<string> HealthAsync(Microsoft.Playwright.IPage page) => page.EvaluateAsync<string>(
        "() => { const s = window.auralis.stats; return `underruns ${s.underruns}, depth ${Math.round(s.depthMs)} of ${s.targetMs} ms, gaps ${s.gaps}`; }");

    // TestResults/web under the repository when the test runs from it (beside CI's results), else beside the test binaries.
    private static string ArtifactFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Auralis.sln")))
        {
            directory = directory.Parent;
        }

        var folder = Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "TestResults", "web");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
