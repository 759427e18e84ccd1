namespace Auralis.Protocol.Messages;

/// <summary>Which way a simulated trading bot traded, the <c>side</c> of a <c>trade</c> message.</summary>
public enum TradeSide
{
    /// <summary>The bot bought; the wire word is "buy".</summary>
    Buy,

    /// <summary>The bot sold; the wire word is "sell".</summary>
    Sell,
}

/// <summary>The wire words of <see cref="TradeSide"/>: "buy", "sell".</summary>
public static class TradeSides
{
    internal static readonly WordMap<TradeSide> Words = new((TradeSide.Buy, "buy"), (TradeSide.Sell, "sell"));

    /// <summary>The side's wire word.</summary>
    public static string ToWord(this TradeSide side) => Words.ToWord(side);

    /// <summary>The side a wire word names (exact case).</summary>
    public static bool TryParse(string? word, out TradeSide side) => Words.TryParse(word, out side);
}
