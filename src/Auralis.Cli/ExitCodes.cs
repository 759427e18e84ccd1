namespace Auralis.Cli;

/// <summary>The exit codes of <c>auralis</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Ok = 0;

    /// <summary>The command failed at run time: no node reachable, an unknown session, a protocol error, a missing journal.</summary>
    public const int Failed = 1;

    /// <summary>The command line was wrong: an unknown command or option, a missing or malformed value.</summary>
    public const int Usage = 2;
}
