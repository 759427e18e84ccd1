using Auralis.Testing;
using Auralis.Web.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Auralis.Web.Tests;

/// <summary>The defects a newcomer met in the web client, each fixed and checked in a real Chromium.</summary>
public sealed class WebClientDefectTests(ITestOutputHelper output)
{
    [BrowserFact]
    public async Task An_unknown_session_says_so_once_and_stops_retrying_and_shows_nothing_of_the_previous_one()
    {
        await using var node = await TestNode.StartAsync();
        await node.CreateSessionAsync("first", new { intensity = 0.8 });
        await using var browser = await BrowserPage.OpenAsync(output);
        var page = browser.Page;
        var sockets = 0;
        page.WebSocket += (_, _) => Interlocked.Increment(ref sockets);

        await page.GotoAsync(node.BaseAddress + "#/sessions/first");
        await page.WaitForFunctionAsync("() => document.querySelector('#chord-symbol').textContent !== '–'", null, new() { Timeout = 30_000 });
        await page.EvaluateAsync("() => { location.hash = '#/sessions/no-such-session'; }");
        await page.Locator("#status", new() { HasTextString = "There is no session" }).WaitForAsync(new() { Timeout = 20_000 });
        var afterRefusal = Volatile.Read(ref sockets);

        // The old client asked again every second or so; three seconds of quiet show it has stopped.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(afterRefusal, Volatile.Read(ref sockets));
        Assert.Equal("–", await page.Locator("#chord-symbol").InnerTextAsync());
        Assert.Equal("–", await page.Locator("#price-now").InnerTextAsync());
        Assert.NotEqual("reconnecting", await page.Locator("#connection").InnerTextAsync());
        Assert.Empty(browser.ScriptErrors);
    }

    [BrowserFact]
    public async Task An_out_of_range_tempo_is_explained_and_switching_sessions_clears_the_mark_and_the_changes()
    {
        await using var node = await TestNode.StartAsync();
        await node.CreateSessionAsync("one");
        await node.CreateSessionAsync("two");
        await using var browser = await BrowserPage.OpenAsync(output);
        var page = browser.Page;

        await page.GotoAsync(node.BaseAddress + "#/sessions/one");
        await page.Locator("#connection", new() { HasTextString = "open" }).WaitForAsync(new() { Timeout = 30_000 });
        await page.Locator("#intensity").FillAsync("0.3");
        await page.Locator("#intensity").DispatchEventAsync("change");
        await page.Locator("#changes li").First.WaitForAsync(new() { Timeout = 20_000 });
        await page.Locator("#bpm").FillAsync("999");
        await page.Locator("#bpm").PressAsync("Enter");

        Assert.Equal("true", await page.Locator("#bpm").GetAttributeAsync("aria-invalid"));
        var message = await page.Locator("#bpm-error").InnerTextAsync();
        Assert.Contains("20", message);
        Assert.Contains("300", message);

        await page.EvaluateAsync("() => { location.hash = '#/sessions/two'; }");
        await page.Locator("#session-title", new() { HasTextString = "two" }).WaitForAsync(new() { Timeout = 20_000 });
        Assert.Null(await page.Locator("#bpm").GetAttributeAsync("aria-invalid"));
        Assert.Equal(string.Empty, await page.Locator("#bpm-error").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#changes li").CountAsync());
        Assert.Empty(browser.ScriptErrors);
    }

    [BrowserFact]
    public async Task A_created_session_is_opened()
    {
        await using var node = await TestNode.StartAsync();
        await using var browser = await BrowserPage.OpenAsync(output);
        var page = browser.Page;

        await page.GotoAsync(node.BaseAddress.ToString());
        await page.Locator("#new-id").FillAsync("made-here");
        await page.Locator("#create-form button[type='submit']").ClickAsync();

        await page.WaitForFunctionAsync("() => location.hash === '#/sessions/made-here'", null, new() { Timeout = 20_000 });
        await page.Locator("#connection", new() { HasTextString = "open" }).WaitForAsync(new() { Timeout = 30_000 });
        Assert.False(await page.Locator("#session-view").IsHiddenAsync());
        Assert.Empty(browser.ScriptErrors);
    }
}
