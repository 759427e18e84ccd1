namespace Auralis.Node.Tests.Osc;

/// <summary>A fact that needs liblo's command-line tools; skipped, saying so, where <c>/usr/bin/oscsend</c> is missing.</summary>
public sealed class LibloFactAttribute : FactAttribute
{
    public const string OscSend = "/usr/bin/oscsend";

    public const string OscDump = "/usr/bin/oscdump";

    public LibloFactAttribute()
    {
        if (!File.Exists(OscSend) || !File.Exists(OscDump))
        {
            Skip = $"liblo's tools are not installed ({OscSend}, {OscDump}): apt-get install liblo-tools";
        }
    }
}
