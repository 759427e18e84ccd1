namespace Auralis.Node.Tests.Startup;

public sealed class SoundFontOptionTests
{
    [Fact]
    public void A_soundfont_that_is_missing_or_not_a_soundfont_is_refused_at_start_up_with_its_path()
    {
        var folder = Directory.CreateTempSubdirectory("auralis-soundfont-option");
        try
        {
            var notAFont = Path.Combine(folder.FullName, "notes.sf2");
            File.WriteAllText(notAFont, "not a SoundFont");
            var data = Path.Combine(folder.FullName, "data");

            var missing = Assert.Throws<FormatException>(() => NodeHost.Build(["--soundfont", Path.Combine(folder.FullName, "nowhere.sf2"), "--data", data, "--no-demo"]));
            var wrong = Assert.Throws<FormatException>(() => NodeHost.Build(["--soundfont", notAFont, "--data", data, "--no-demo"]));
            var bare = Assert.Throws<FormatException>(() => NodeHost.Build(["--soundfont"]));

            Assert.Equal($"--soundfont {Path.Combine(folder.FullName, "nowhere.sf2")}: there is no such file.", missing.Message);
            Assert.Equal($"--soundfont {notAFont}: 'notes' is not a SoundFont 2 file: it does not start with a RIFF 'sfbk' header.", wrong.Message);
            Assert.Equal("--soundfont needs a value.", bare.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
