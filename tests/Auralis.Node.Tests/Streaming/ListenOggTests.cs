using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using Auralis.Node.Streaming.Opus;
using Auralis.Node.Tests.Support;
using Auralis.Testing;

namespace Auralis.Node.Tests.Streaming;

[Collection(OpenNodeCollection.Name)]
public sealed class ListenOggTests(NodeFixture fixture)
{
    private TestNode Node => fixture.Node;

    [Fact]
    public async Task Listen_ogg_is_an_ogg_opus_stream_of_valid_pages_that_decodes_to_the_music()
    {
        await Node.CreateSessionAsync("ogg-listen", new { intensity = 0.9 });

        var bytes = await StreamAsync("ogg-listen", 16_000);

        var pages = Pages(bytes);
        Assert.StartsWith("OpusHead", Encoding.ASCII.GetString(pages[0].Body));
        Assert.Equal(2, pages[0].Body[9]);
        Assert.Equal(48_000u, BinaryPrimitives.ReadUInt32LittleEndian(pages[0].Body.AsSpan(12)));
        Assert.Equal(0x02, pages[0].HeaderType);
        Assert.StartsWith("OpusTags", Encoding.ASCII.GetString(pages[1].Body));
        var audio = pages.Skip(2).ToList();
        Assert.True(audio.Count > 20, $"Only {audio.Count} audio pages.");
        Assert.All(audio.Zip(audio.Skip(1)), pair => Assert.Equal(pair.Item1.Granule + 960, pair.Item2.Granule));
        OpusStreamingTests.AssertAudible([.. audio.Select(p => ((ulong)p.Granule, p.Body))]);
    }

    [Fact]
    public async Task An_unknown_session_answers_404()
    {
        using var answer = await Node.Http.GetAsync("/api/v1/sessions/nobody-here/listen.ogg");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, answer.StatusCode);
    }

    [FfprobeFact]
    public async Task Ffprobe_reads_listen_ogg_as_opus_stereo_at_48_khz()
    {
        await Node.CreateSessionAsync("ogg-ffprobe");
        var file = Path.Combine(Path.GetTempPath(), $"auralis-{Guid.NewGuid():N}.ogg");
        await File.WriteAllBytesAsync(file, await StreamAsync("ogg-ffprobe", 12_000));
        try
        {
            var start = new ProcessStartInfo(FfprobeFactAttribute.Ffprobe)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { "-v", "error", "-show_entries", "stream=codec_name,channels,sample_rate", "-of", "default=noprint_wrappers=1", file })
            {
                start.ArgumentList.Add(argument);
            }

            using var ffprobe = Process.Start(start)!;
            var output = await ffprobe.StandardOutput.ReadToEndAsync();
            var errors = await ffprobe.StandardError.ReadToEndAsync();
            await ffprobe.WaitForExitAsync();

            Assert.True(ffprobe.ExitCode == 0, errors);
            Assert.Contains("codec_name=opus", output);
            Assert.Contains("channels=2", output);
            Assert.Contains("sample_rate=48000", output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<byte[]> StreamAsync(string session, int atLeast)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/sessions/{session}/listen.ogg");
        using var answer = await Node.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        answer.EnsureSuccessStatusCode();
        Assert.Equal("audio/ogg", answer.Content.Headers.ContentType?.MediaType);
        await using var body = await answer.Content.ReadAsStreamAsync();
        var bytes = new MemoryStream();
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (bytes.Length < atLeast)
        {
            var read = await body.ReadAsync(buffer, timeout.Token);
            Assert.True(read > 0, "The stream ended.");
            bytes.Write(buffer, 0, read);
        }

        return bytes.ToArray();
    }

    // Whole pages, each checked: capture pattern, version, CRC, one packet per page.
    private static List<(byte HeaderType, long Granule, byte[] Body)> Pages(byte[] bytes)
    {
        var pages = new List<(byte, long, byte[])>();
        var at = 0;
        while (at + 27 <= bytes.Length)
        {
            Assert.Equal("OggS", Encoding.ASCII.GetString(bytes, at, 4));
            Assert.Equal(0, bytes[at + 4]);
            int segments = bytes[at + 26];
            if (at + 27 + segments > bytes.Length)
            {
                break;
            }

            var length = 0;
            for (var i = 0; i < segments; i++)
            {
                length += bytes[at + 27 + i];
            }

            var total = 27 + segments + length;
            if (at + total > bytes.Length)
            {
                break;
            }

            var page = bytes.AsSpan(at, total).ToArray();
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(page.AsSpan(22));
            page.AsSpan(22, 4).Clear();
            Assert.Equal(crc, OggOpusWriter.Crc(page));
            pages.Add((bytes[at + 5], BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(at + 6)), bytes.AsSpan(at + 27 + segments, length).ToArray()));
            at += total;
        }

        return pages;
    }
}

/// <summary>A test that needs ffprobe (Debian's ffmpeg package), skipped with the reason where it is missing.</summary>
public sealed class FfprobeFactAttribute : FactAttribute
{
    public const string Ffprobe = "/usr/bin/ffprobe";

    public FfprobeFactAttribute()
    {
        if (!File.Exists(Ffprobe))
        {
            Skip = $"ffprobe is not installed ({Ffprobe}): apt-get install ffmpeg";
        }
    }
}
