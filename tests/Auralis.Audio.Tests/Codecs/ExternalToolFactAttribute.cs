namespace Auralis.Audio.Tests.Codecs;

/// <summary>A fact or theory that runs a program the operating system provides; skipped, saying how to install it, where it is missing.</summary>
public sealed class ExternalToolFactAttribute : FactAttribute
{
    public ExternalToolFactAttribute(string program, string package)
    {
        if (!File.Exists(program))
        {
            Skip = $"{program} is not installed: apt-get install {package}";
        }
    }
}

/// <summary>The theory form of <see cref="ExternalToolFactAttribute"/>.</summary>
public sealed class ExternalToolTheoryAttribute : TheoryAttribute
{
    public ExternalToolTheoryAttribute(string program, string package)
    {
        if (!File.Exists(program))
        {
            Skip = $"{program} is not installed: apt-get install {package}";
        }
    }
}
