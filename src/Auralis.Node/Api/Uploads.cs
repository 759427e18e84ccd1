namespace Auralis.Node.Api;

/// <summary>Reads an uploaded file (a WAV, a MIDI file, a backup) from a request body.</summary>
public static class Uploads
{
    /// <summary>The largest upload the agents accept.</summary>
    public const int MaxBytes = 32 << 20;

    /// <summary>The body's bytes, or why there are none.</summary>
    public static async Task<(byte[] Bytes, string? Error)> ReadAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                // Kestrel's limit is the same number and stops such a body first; this holds if that limit is ever lifted.
                throw new BadHttpRequestException($"An upload is at most {MaxBytes >> 20} MiB.", StatusCodes.Status413PayloadTooLarge);
            }
        }

        return buffer.Length == 0 ? ([], "The body is empty; send the file as the request body.") : (buffer.ToArray(), null);
    }
}
