namespace Auralis.Cli;

/// <summary>Where a command writes, and whether each stream is a terminal (live redrawn lines) or a pipe or file (one line per event).</summary>
/// <param name="Out">Results: tables, events, summaries.</param>
/// <param name="Error">Errors, warnings and progress.</param>
/// <param name="OutIsTerminal">True when <paramref name="Out"/> is a terminal.</param>
/// <param name="ErrorIsTerminal">True when <paramref name="Error"/> is a terminal.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool OutIsTerminal = false, bool ErrorIsTerminal = false);
