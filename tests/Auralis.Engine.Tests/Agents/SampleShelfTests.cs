using System.Collections.Immutable;
using Auralis.Engine.Agents;
using Auralis.Engine.Agents.Sample;
using Auralis.Engine.Tests.TestSupport;
using Auralis.Engine.Sessions;
using Auralis.Engine.Synthesis;

namespace Auralis.Engine.Tests.Agents;

public sealed class SampleShelfTests : IDisposable
{
    private readonly SampleFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static ImmutableSortedDictionary<string, LibrarySample> Library(params LibrarySample[] samples) =>
        samples.ToImmutableSortedDictionary(s => s.Name, s => s, StringComparer.Ordinal);

    [Fact]
    public void A_library_sample_is_read_from_its_file_converted_to_the_session_rate_and_plays_back_unchanged_at_the_pitch_it_was_recorded_at()
    {
        var (path, sha) = _files.Tone("a440", 440);
        var shelf = new SampleShelf(Library(new LibrarySample("a440", path, sha)));

        var sample = shelf.Find("a440");

        Assert.NotNull(sample);
        Assert.Equal(69, sample.RootPitch);
        // Recorded at 44.1 kHz for half a second: converted once, by NAudio's WDL resampler, to the session's 48 kHz.
        Assert.Equal(48_000, sample.SampleRate);
        Assert.Equal(24_000, sample.Frames);
        Assert.Same(sample, shelf.Find("a440"));
        Assert.Empty(shelf.Unplayable);
    }

    [Fact]
    public void A_sample_whose_file_is_gone_or_changed_is_not_played_and_is_reported()
    {
        var (path, sha) = _files.Tone("changed", 220);
        var (gone, goneSha) = _files.Tone("gone", 330);
        File.AppendAllText(path, "tampered");
        File.Delete(gone);
        var shelf = new SampleShelf(Library(new LibrarySample("changed", path, sha), new LibrarySample("gone", gone, goneSha)));

        Assert.Null(shelf.Find("changed"));
        Assert.Null(shelf.Find("gone"));
        Assert.Null(shelf.Find("never added"));
        Assert.Equal(["changed", "gone"], shelf.Unplayable.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_restocked_shelf_knows_the_samples_added_since()
    {
        var (path, sha) = _files.Tone("late", 261.63);
        var shelf = SampleShelf.Empty;
        Assert.Null(shelf.Find("late"));

        shelf.Restock(Library(new LibrarySample("late", path, sha)));

        Assert.Equal(60, shelf.Find("late")!.RootPitch);
    }
}
