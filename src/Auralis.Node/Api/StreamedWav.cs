using Auralis.Protocol.Audio;
using System.IO.Pipelines;
using Auralis.Audio.Codecs;
using Auralis.Audio.Rendering;
using Auralis.Engine.Replay;
using Auralis.Engine.Sessions;

namespace Auralis.Node.Api;

/// <summary>A replay answered as a WAV written to the response as it is rendered: the memory it takes does not grow with its length.</summary>
/// <remarks>
/// Stereo frames are an even number of bytes in every format, so the data chunk never needs RIFF's pad byte.
/// The length is planned first (composition only), so the header and Content-Length are exact before the first sample. The
/// render runs on a thread of its own and waits whenever the client reads slower than it renders (the response pipe's
/// back-pressure); a client that leaves stops it. The render slot is released when the answer ends, however it ends.
/// </remarks>
public sealed class StreamedWav(SessionId id, IReadOnlyList<ISessionEvent> events, ReplayLength length, long frames, WavSampleFormat format, IDisposable slot)
    : IResult
{
    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        using (slot)
        {
            var response = httpContext.Response;
            var aborted = httpContext.RequestAborted;
            response.ContentType = "audio/wav";
            response.Headers.ContentDisposition = $"attachment; filename=\"{id}.wav\"";
            response.ContentLength = WavForwardWriter.FileBytes(2, format, frames);
            await response.BodyWriter.WriteAsync(WavForwardWriter.Header(AudioChunk.SampleRate, AudioChunk.Channels, format, frames), aborted).ConfigureAwait(false);
            var sink = new PipeSink(response.BodyWriter, format, aborted);
            try
            {
                await Task.Factory.StartNew(() => SessionReplayer.Replay(events, length, sink, maxFrames: frames, keepNotes: false), aborted,
                    TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
                await response.BodyWriter.FlushAsync(aborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (aborted.IsCancellationRequested)
            {
                // The client left: the render stops where it was, and its slot is free again.
            }
        }
    }

    // Encodes each block into the response pipe, and waits on the pipe every few blocks so the render never runs far ahead of the client.
    private sealed class PipeSink(PipeWriter writer, WavSampleFormat format, CancellationToken aborted) : IAudioBlockSink
    {
        private const int FlushEveryBytes = 64 * 1024;
        private int _unflushed;

        public void Write(long firstFrame, ReadOnlySpan<float> interleavedStereo)
        {
            var bytes = WavForwardWriter.BytesOf(interleavedStereo.Length, format);
            WavForwardWriter.Encode(interleavedStereo, format, writer.GetSpan(bytes));
            writer.Advance(bytes);
            _unflushed += bytes;
            if (_unflushed < FlushEveryBytes)
            {
                return;
            }

            _unflushed = 0;
            // This thread is the render's own; blocking it is the back-pressure.
            var flushed = writer.FlushAsync(aborted).AsTask().GetAwaiter().GetResult();
            if (flushed.IsCanceled || flushed.IsCompleted)
            {
                throw new OperationCanceledException("The client stopped reading the render.", aborted);
            }
        }
    }
}
