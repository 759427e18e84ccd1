namespace Auralis.Cli.Arguments;

/// <summary>The command line was wrong; <see cref="CliApp"/> prints the message and the command's usage and exits with <see cref="ExitCodes.Usage"/>.</summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the error with its one-line message.</summary>
    public UsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with its one-line message and the exception behind it.</summary>
    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error with no message.</summary>
    public UsageException()
    {
    }
}
