using Auralis.Market;
using Auralis.Market.Trading;

namespace Auralis.Engine.Ticker;

/// <summary>What the price ticker supplies for one step of music: the price move and the trades the bots made at it.</summary>
public sealed record TickerStep(PriceMove Move, IReadOnlyList<Trade> Trades);
