namespace Auralis.Cli;

/// <summary>A run-time failure with a one-line message for people; <see cref="CliApp"/> prints it and exits with <see cref="ExitCodes.Failed"/>.</summary>
public sealed class CliFailure : Exception
{
    /// <summary>Creates a failure with its one-line message.</summary>
    public CliFailure(string message)
        : base(message)
    {
    }

    /// <summary>Creates a failure with its one-line message and the exception behind it.</summary>
    public CliFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates a failure with no message.</summary>
    public CliFailure()
    {
    }
}
