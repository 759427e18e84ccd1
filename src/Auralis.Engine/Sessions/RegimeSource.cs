namespace Auralis.Engine.Sessions;

/// <summary>Where a session's prices come from.</summary>
public enum RegimeSource
{
    /// <summary>The seeded regime-switching walk.</summary>
    Simulated,

    /// <summary>The built-in real S&amp;P 500 daily series, one day per step.</summary>
    Sp500,

    /// <summary>Prices pushed from outside (REST, protocol, OSC); between them the last price holds.</summary>
    External,
}
