using System.Text;
using Auralis.Audio.Instruments.SoundFont;

namespace Auralis.Audio.Tests.Instruments.SoundFont;

public sealed class SoundFontBankTests
{
    [Fact]
    public void Bytes_that_are_not_riff_sfbk_are_refused()
    {
        var error = Assert.Throws<SoundFontFormatException>(() => SoundFontBank.ReadSf2(Encoding.ASCII.GetBytes("RIFF\0\0\0\0WAVEfmt "), "song.wav"));

        Assert.Equal("'song.wav' is not a SoundFont 2 file: it does not start with a RIFF 'sfbk' header.", error.Message);
    }

    [Fact]
    public void A_header_that_lies_about_its_chunks_is_refused()
    {
        var bytes = new byte[64];
        Encoding.ASCII.GetBytes("RIFF").CopyTo(bytes, 0);
        BitConverter.GetBytes(56).CopyTo(bytes, 4);
        Encoding.ASCII.GetBytes("sfbkLIST").CopyTo(bytes, 8);
        BitConverter.GetBytes(100_000).CopyTo(bytes, 16);

        var error = Assert.Throws<SoundFontFormatException>(() => SoundFontBank.ReadSf2(bytes, "liar"));

        Assert.StartsWith("'liar' is not a readable SoundFont 2 file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_after_an_sfbk_header_are_refused()
    {
        var random = new Auralis.Music.Randomness.SeededRandom(3);
        var bytes = new byte[4096];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)random.NextInt(256);
        }

        Encoding.ASCII.GetBytes("RIFF").CopyTo(bytes, 0);
        Encoding.ASCII.GetBytes("sfbk").CopyTo(bytes, 8);

        Assert.Throws<SoundFontFormatException>(() => SoundFontBank.ReadSf2(bytes, "noise"));
    }
}
