using Auralis.Music.Randomness;

namespace Auralis.Market.Trading;

/// <summary>Everything a <see cref="TradeSimulator"/> needs to trade on exactly from where it was.</summary>
/// <param name="Step">The step of the latest price (−1 before the first).</param>
/// <param name="Prices">The prices the bots look back on.</param>
/// <param name="Bots">Each bot's lot stream and book, in the order the bots were given.</param>
/// <param name="Manual">The listener's book.</param>
public sealed record TradeSimulatorCheckpoint(long Step, RollingWindowCheckpoint Prices, IReadOnlyList<BotCheckpoint> Bots, PositionBookCheckpoint Manual);

/// <summary>One bot's part of a <see cref="TradeSimulatorCheckpoint"/>.</summary>
/// <param name="Name">The bot's name.</param>
/// <param name="Random">The position of its lot-size stream.</param>
/// <param name="Book">Its book.</param>
public sealed record BotCheckpoint(string Name, GeneratorState Random, PositionBookCheckpoint Book);

/// <content>Capturing and restoring the simulator (the composer's checkpoint).</content>
public sealed partial class TradeSimulator
{
    /// <summary>The state to checkpoint.</summary>
    public TradeSimulatorCheckpoint Capture() =>
        new(Step, _prices.Capture(), _bots.Select(slot => new BotCheckpoint(slot.Bot.Name, slot.Random.State, slot.Book.Capture())).ToArray(),
            _books[ManualTrader].Capture());

    /// <summary>Continues from <paramref name="checkpoint"/> (taken with <see cref="Capture"/> from a simulator with the same bots).</summary>
    public void Restore(TradeSimulatorCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(checkpoint.Bots);
        if (!checkpoint.Bots.Select(bot => bot.Name).SequenceEqual(_bots.Select(slot => slot.Bot.Name)))
        {
            throw new ArgumentException(
                $"The checkpoint's bots ({string.Join(", ", checkpoint.Bots.Select(b => b.Name))}) are not this simulator's ({string.Join(", ", _bots.Select(s => s.Bot.Name))}).",
                nameof(checkpoint));
        }

        for (var i = 0; i < _bots.Count; i++)
        {
            _bots[i].Random.Restore(checkpoint.Bots[i].Random);
            _bots[i].Book.Restore(checkpoint.Bots[i].Book);
        }

        _books[ManualTrader].Restore(checkpoint.Manual);
        _prices.Restore(checkpoint.Prices);
        Step = checkpoint.Step;
    }
}
