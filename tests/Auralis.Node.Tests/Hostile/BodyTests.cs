using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Auralis.Audio.Codecs;
using Auralis.Audio.Codecs.Midi;
using Auralis.Node.Tests.Support;

namespace Auralis.Node.Tests.Hostile;

/// <summary>Issue 21, items 5 and 6: bodies over the node's cap answer 413 with a code, and empty audio answers 400 everywhere.</summary>
[Collection(OpenNodeCollection.Name)]
public sealed class BodyTests(NodeFixture fixture)
{
    private const int Cap = 32 << 20;

    private HttpClient Http => fixture.Node.Http;

    private static ByteArrayContent Body(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private static async Task<(HttpStatusCode Status, string? Code)> ProblemOf(HttpResponseMessage answer)
    {
        var text = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{(int)answer.StatusCode}: {text}");
        var body = JsonDocument.Parse(text).RootElement;
        return (answer.StatusCode, body.TryGetProperty("code", out var code) ? code.GetString() : null);
    }

    private static byte[] EmptyWav()
    {
        var stream = new MemoryStream();
        WavWriter.Write(stream, new WavAudio(48_000, 1, []), WavSampleFormat.Pcm16);
        return stream.ToArray();
    }

    [Theory]
    [InlineData("/api/v1/pitch/analyze", "audio/wav")]
    [InlineData("/api/v1/sessions/import?id=too-big", "application/json")]
    [InlineData("/api/v1/sessions/body-cap/motif", "audio/wav")]
    [InlineData("/api/v1/sessions/body-cap/samples?name=big", "audio/wav")]
    [InlineData("/api/v1/sessions/body-cap/prices", "text/csv")]
    public async Task A_body_over_the_cap_answers_413_with_a_code(string path, string type)
    {
        await EnsureSessionAsync();

        // An attacker announces the size and need not send it: the node must answer from the announcement alone.
        var (status, body) = await RawPostAsync(path, type, Cap + 1);

        Assert.True(status == 413, $"{status}: {body}");
        Assert.Equal("body-too-large", JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_chunked_body_that_runs_over_the_cap_answers_413_with_a_code()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/pitch/analyze") { Content = new StreamContent(new ZeroStream(Cap + 1)) };
        request.Headers.TransferEncodingChunked = true;

        HttpResponseMessage answer;
        try
        {
            answer = await Http.SendAsync(request);
        }
        catch (HttpRequestException)
        {
            // The node may close the connection while the client still writes; the announced-size test covers the answer then.
            return;
        }

        using (answer)
        {
            Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "body-too-large"), await ProblemOf(answer));
        }
    }

    private async Task<(int Status, string Body)> RawPostAsync(string path, string type, long contentLength)
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, fixture.Node.HttpPort);
        var stream = client.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{fixture.Node.HttpPort}\r\nContent-Type: {type}\r\nContent-Length: {contentLength}\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head));
        // The node answers and closes (it will not read a body it refuses): the whole answer is what arrives until then.
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var answer = await reader.ReadToEndAsync();
        var statusLine = answer[..answer.IndexOf('\r', StringComparison.Ordinal)];
        var payload = answer[(answer.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        if (answer.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            payload = Unchunk(payload);
        }

        return (int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), payload);
    }

    private static string Unchunk(string chunked)
    {
        var text = new System.Text.StringBuilder();
        var at = 0;
        while (true)
        {
            var end = chunked.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(chunked[at..end], 16);
            if (size == 0)
            {
                return text.ToString();
            }

            text.Append(chunked, end + 2, size);
            at = end + 2 + size + 2;
        }
    }

    [Fact]
    public async Task A_body_between_kestrels_default_and_the_cap_is_read_and_judged_on_its_content()
    {
        using var answer = await Http.PostAsync("/api/v1/pitch/analyze", Body(new byte[31_000_000], "audio/wav"));

        Assert.Equal((HttpStatusCode.BadRequest, "bad-request"), await ProblemOf(answer));
    }

    [Theory]
    [InlineData("/api/v1/pitch/analyze")]
    [InlineData("/api/v1/pitch/analyze?session=body-cap")]
    [InlineData("/api/v1/sessions/body-cap/motif")]
    [InlineData("/api/v1/sessions/body-cap/samples?name=silence")]
    public async Task A_wav_of_no_frames_and_an_empty_body_answer_400(string path)
    {
        await EnsureSessionAsync();

        using var empty = await Http.PostAsync(path, Body(EmptyWav(), "audio/wav"));
        using var nothing = await Http.PostAsync(path, Body([], "audio/wav"));

        Assert.Equal(HttpStatusCode.BadRequest, (await ProblemOf(empty)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await ProblemOf(nothing)).Status);
    }

    // A body of zeros of a given length, made as it is read.
    private sealed class ZeroStream(long length) : Stream
    {
        private long _left = length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _left);
            Array.Clear(buffer, offset, n);
            _left -= n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private async Task EnsureSessionAsync()
    {
        using var existing = await Http.GetAsync("/api/v1/sessions/body-cap");
        if (existing.StatusCode == HttpStatusCode.NotFound)
        {
            using var created = await Http.PostAsJsonAsync("/api/v1/sessions", new { id = "body-cap", seed = 1, play = false });
            Assert.True(created.IsSuccessStatusCode || created.StatusCode == HttpStatusCode.Conflict, $"creating answered {(int)created.StatusCode}");
        }
    }
}
