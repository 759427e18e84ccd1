using Auralis.Audio.Streaming;

namespace Auralis.Audio.Tests.Streaming;

public sealed class AudioRingBufferTests
{
    // Samples encode their frame: left = index mod 2^23, right = its negative; floats hold these exactly.
    private static float ValueOf(long frame) => frame % (1 << 23);

    private static void Fill(Span<float> block, long firstFrame)
    {
        for (var i = 0; i < block.Length / 2; i++)
        {
            block[2 * i] = ValueOf(firstFrame + i);
            block[(2 * i) + 1] = -ValueOf(firstFrame + i);
        }
    }

    [Fact]
    public void A_reader_gets_every_frame_in_order_with_its_index()
    {
        var ring = new AudioRingBuffer(1024);
        var reader = ring.OpenReader();
        var block = new float[256];
        var read = new float[600];

        for (var i = 0; i < 3; i++)
        {
            Fill(block, i * 128);
            ring.Write(block);
        }

        var count = reader.Read(read, out var first);

        Assert.Equal(300, count);
        Assert.Equal(0, first);
        Assert.Equal(ValueOf(299), read[598]);
        Assert.Equal(84, reader.Available);
        Assert.Equal(0, reader.LostFrames);
    }

    [Fact]
    public void A_reader_that_falls_a_whole_ring_behind_skips_ahead_and_counts_the_loss()
    {
        var ring = new AudioRingBuffer(256);
        var reader = ring.OpenReader();
        var block = new float[256];
        for (var i = 0; i < 10; i++)
        {
            Fill(block, i * 128);
            ring.Write(block);
        }

        var read = new float[2048];
        var count = reader.Read(read, out var first);

        Assert.Equal(1280 - 256, reader.LostFrames);
        Assert.Equal(1024, first);
        Assert.Equal(256, count);
        Assert.Equal(ValueOf(1024), read[0]);
    }

    [Fact]
    public void A_reader_can_start_at_a_frame_still_held()
    {
        var ring = new AudioRingBuffer(512);
        var block = new float[256];
        for (var i = 0; i < 8; i++)
        {
            Fill(block, i * 128);
            ring.Write(block);
        }

        Assert.Equal(1000, ring.OpenReader(1000).NextFrame);
        Assert.Equal(1024 - 512, ring.OpenReader(3).NextFrame);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AudioRingBuffer(1000));
        Assert.Throws<ArgumentException>(() => ring.Write(new float[3]));
    }

    [Fact]
    public async Task Under_real_concurrency_readers_see_only_true_frames_and_account_for_every_frame()
    {
        const long total = 2_000_000;
        var ring = new AudioRingBuffer(4096);
        var readers = Enumerable.Range(0, 3).Select(_ => ring.OpenReader()).ToArray();
        using var done = new CancellationTokenSource();
        var writer = Task.Factory.StartNew(() =>
        {
            var block = new float[256];
            for (long frame = 0; frame < total; frame += 128)
            {
                Fill(block, frame);
                ring.Write(block);
            }
        }, TaskCreationOptions.LongRunning);

        var readerTasks = readers.Select((reader, index) => Task.Factory.StartNew(() =>
        {
            var buffer = new float[2 * 1000];
            long received = 0;
            var expectedNext = 0L;
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (reader.NextFrame < total && DateTime.UtcNow < deadline)
            {
                var count = reader.Read(buffer, out var first);
                if (count == 0)
                {
                    Thread.Yield();
                    continue;
                }

                Assert.True(first >= expectedNext, $"reader {index} went back from {expectedNext} to {first}");
                for (var i = 0; i < count; i++)
                {
                    if (buffer[2 * i] != ValueOf(first + i) || buffer[(2 * i) + 1] != -ValueOf(first + i))
                    {
                        Assert.Fail($"reader {index} got a wrong sample for frame {first + i}");
                    }
                }

                received += count;
                expectedNext = first + count;
                if (index == 2)
                {
                    Thread.Sleep(1);
                }
            }

            return (received, reader.LostFrames, reader.NextFrame);
        }, TaskCreationOptions.LongRunning)).ToArray();

        await writer.WaitAsync(TimeSpan.FromMinutes(2));
        var results = await Task.WhenAll(readerTasks).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(total, ring.WrittenFrames);
        Assert.All(results, r => Assert.Equal(total, r.received + r.LostFrames));
        Assert.All(results, r => Assert.Equal(total, r.NextFrame));
        Assert.True(results[2].LostFrames > 0, "the slow reader should have fallen behind at least once");
    }
}
