using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Auralis.Web.Tests.Support;

/// <summary>Debian's Chromium, headless, with one page whose script errors are collected and whose console errors go to the test output.</summary>
internal sealed class BrowserPage : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--autoplay-policy=no-user-gesture-required"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserPage(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    public List<string> ScriptErrors { get; } = [];

    public static async Task<BrowserPage> OpenAsync(ITestOutputHelper output, int width = 1280, int height = 1100)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserFactAttribute.ChromiumPath, Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var opened = new BrowserPage(playwright, browser, page);
        page.PageError += (_, error) => opened.ScriptErrors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                output.WriteLine($"console.{message.Type}: {message.Text} ({message.Location})");
            }
        };
        return opened;
    }

    /// <summary>Waits until the page has painted twice, so a screenshot shows what the last change laid out.</summary>
    public Task PaintedAsync() => Page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
