using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Auralis.Testing;
using Auralis.Web.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Auralis.Web.Tests;

/// <summary>What a session page offers beyond listening: its recent past, export, presets, a share link, the advanced fold.</summary>
public sealed class SessionToolsTests(ITestOutputHelper output)
{
    private static readonly PageWaitForFunctionOptions Patiently = new() { Timeout = 30_000, PollingInterval = 100 };

    [BrowserFact]
    public async Task Opening_a_session_draws_the_prices_regimes_and_notes_it_played_before()
    {
        await using var node = await TestNode.StartAsync();
        await node.CreateSessionAsync("history", new { intensity = 0.85 });
        // The session has played a while before anyone opens it: wait until its node holds a dozen prices.
        var prices = await RecentPricesAsync(node, "history", atLeast: 12);
        await using var browser = await BrowserPage.OpenAsync(output);
        var page = browser.Page;

        await page.GotoAsync(node.BaseAddress + "#/sessions/history");
        await page.WaitForFunctionAsync("() => window.auralis.recent !== null && window.auralis.recent !== undefined", null, Patiently);

        var drawn = await page.EvaluateAsync<int>("() => window.auralis.views.chart.points.length");
        var recent = await page.EvaluateAsync<JsonElement>("() => window.auralis.recent");
        Assert.True(recent.GetProperty("prices").GetInt32() >= prices, recent.ToString());
        Assert.True(recent.GetProperty("notes").GetInt32() > 0, recent.ToString());
        Assert.True(drawn >= prices, $"{drawn} prices drawn, {prices} were recent");
        Assert.NotEqual("–", await page.Locator("#regime-now").InnerTextAsync());
        Assert.True(await page.EvaluateAsync<int>("() => window.auralis.views.roll.notes.length") > 0);
        Assert.Empty(browser.ScriptErrors);
    }

    [BrowserFact]
    public async Task Export_downloads_the_audio_the_notes_and_a_backup()
    {
        await using var node = await TestNode.StartAsync();
        await node.CreateSessionAsync("exported", new { intensity = 0.85 });
        await using var browser = await OpenAsync(node, "exported");
        var page = browser.Page;
        await page.Locator("#export-seconds").FillAsync("2");

        var wav = await DownloadAsync(page, "#export-wav");
        var mid = await DownloadAsync(page, "#export-mid");
        var backup = await DownloadAsync(page, "#export-json");

        Assert.Equal(("exported.wav", "RIFF", "WAVE"), (wav.Name, Encoding.ASCII.GetString(wav.Bytes, 0, 4), Encoding.ASCII.GetString(wav.Bytes, 8, 4)));
        // Two seconds of float32 stereo at 48 kHz, and a header.
        Assert.True(wav.Bytes.Length >= 2 * 48_000 * 8, $"{wav.Bytes.Length} bytes");
        Assert.Equal(("exported.mid", "MThd"), (mid.Name, Encoding.ASCII.GetString(mid.Bytes, 0, 4)));
        Assert.Equal("exported-backup.json", backup.Name);
        using var json = JsonDocument.Parse(backup.Bytes);
        Assert.Contains("exported", json.RootElement.GetRawText());
        Assert.Empty(browser.ScriptErrors);
    }

    [BrowserFact]
    public async Task A_preset_is_saved_listed_and_loaded_from_the_page()
    {
        await using var node = await TestNode.StartAsync();
        await node.CreateSessionAsync("preset-page", new { reverb = 0.2 });
        await using var browser = await OpenAsync(node, "preset-page");
        var page = browser.Page;
        Assert.Equal(0, await page.Locator("#preset-list li").CountAsync());

        await page.Locator("#preset-name").FillAsync("dry");
        await page.Locator("#preset-form button[type='submit']").ClickAsync();
        await page.Locator("#preset-list li[data-preset='dry']").WaitForAsync(new() { Timeout = 20_000 });
        using (var patch = await node.Http.PatchAsJsonAsync("/api/v1/sessions/preset-page", new { reverb = 0.9 }))
        {
            patch.EnsureSuccessStatusCode();
        }

        await page.Locator("#preset-list li[data-preset='dry'] button").ClickAsync();
        await page.Locator("#status", new() { HasTextString = "Loaded preset “dry”" }).WaitForAsync(new() { Timeout = 20_000 });

        var state = await node.Http.GetFromJsonAsync<JsonElement>("/api/v1/sessions/preset-page");
        // A preset is the plugin chain (instruments, gains, pans, volume, reverb, delay): the reverb is back where it was saved.
        Assert.Equal(0.2, state.GetProperty("parameters").GetProperty("reverb").GetDouble());
        Assert.True(await page.Locator("#presets-empty").IsHiddenAsync());
        Assert.Empty(browser.ScriptErrors);
    }

    [BrowserFact]
    public async Task A_share_link_creates_a_session_with_the_same_seed_and_settings()
    {
        await using var node = await TestNode.StartAsync();
        // A seed above 2^53, which a JavaScript number would round.
        const string seed = "18446744073709551557";
        using (var created = await node.Http.PostAsJsonAsync("/api/v1/sessions", new { id = "original", seed, key = "F#", mode = "dorian", bpm = 123, intensity = 0.4 }))
        {
            created.EnsureSuccessStatusCode();
        }

        await using var browser = await OpenAsync(node, "original");
        var page = browser.Page;
        await page.Locator("#share").ClickAsync();
        await page.Locator("#share-link").WaitForAsync(new() { Timeout = 20_000 });
        var link = await page.Locator("#share-link").InputValueAsync();
        Assert.Contains($"seed={seed}", link);

        await page.GotoAsync(link);
        await page.Locator("#shared-card").WaitForAsync(new() { Timeout = 20_000 });
        Assert.Contains(seed, await page.Locator("#shared-summary").InnerTextAsync());
        await page.Locator("#create-shared").ClickAsync();
        await page.WaitForFunctionAsync("() => /^#\\/sessions\\/(?!original$)/.test(location.hash)", null, Patiently);

        var id = Uri.UnescapeDataString((await page.EvaluateAsync<string>("() => location.hash"))["#/sessions/".Length..]);
        var copy = JsonDocument.Parse(await node.Http.GetStringAsync($"/api/v1/sessions/{id}")).RootElement;
        var original = JsonDocument.Parse(await node.Http.GetStringAsync("/api/v1/sessions/original")).RootElement;
        Assert.Equal(seed, copy.GetProperty("seed").GetRawText());
        Assert.Equal(original.GetProperty("parameters").GetRawText(), copy.GetProperty("parameters").GetRawText());
        Assert.Empty(browser.ScriptErrors);
    }

    [BrowserFact]
    public async Task Sample_and_kit_fields_wait_under_an_advanced_fold()
    {
        await using var node = await TestNode.StartAsync();
        await node.CreateSessionAsync("folded");
        await using var browser = await OpenAsync(node, "folded");
        var page = browser.Page;

        string[] advanced = ["#soprano-sample", "#alto-sample", "#bass-sample", "#perc-sample", "#kit-kick", "#kit-snare", "#kit-clap", "#kit-hat", "#kit-openHat"];
        foreach (var field in advanced)
        {
            Assert.False(await page.Locator(field).IsVisibleAsync(), $"{field} shows before the fold is opened");
        }

        Assert.True(await page.Locator("#bass-instrument").IsVisibleAsync());
        await page.Locator("#advanced summary").ClickAsync();
        foreach (var field in advanced)
        {
            Assert.True(await page.Locator(field).IsVisibleAsync(), $"{field} is hidden with the fold open");
        }

        Assert.Empty(browser.ScriptErrors);
    }

    // A browser on the session's page, its stream open.
    private async Task<BrowserPage> OpenAsync(TestNode node, string session)
    {
        var browser = await BrowserPage.OpenAsync(output);
        await browser.Page.GotoAsync(node.BaseAddress + $"#/sessions/{session}");
        await browser.Page.Locator("#connection", new() { HasTextString = "open" }).WaitForAsync(new() { Timeout = 30_000 });
        return browser;
    }

    private static async Task<int> RecentPricesAsync(TestNode node, string id, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var body = await node.Http.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{id}/recent?seconds=120");
            var count = body.GetProperty("messages").EnumerateArray().Count(m => m.GetProperty("type").GetString() == "price");
            if (count >= atLeast || DateTime.UtcNow > deadline)
            {
                return count;
            }

            await Task.Delay(250);
        }
    }

    private static async Task<(string Name, byte[] Bytes)> DownloadAsync(IPage page, string button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(button).ClickAsync(), new() { Timeout = 60_000 });
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }
}
