using Akka.Actor;
using Akka.Actor.Setup;
using Akka.Configuration;

namespace Auralis.Engine.Persistence;

/// <summary>The complete setup of an actor system that runs sessions: hocon/ (base, dispatchers, persistence, serialization) over a journal.</summary>
public static class EngineSetup
{
    /// <summary>The configuration for sessions journaling to <paramref name="target"/>, with <paramref name="overrides"/> taking precedence.</summary>
    public static (Config Config, Setup Setup) For(JournalTarget target, string overrides = "")
    {
        var (persistence, setup) = JournalConfiguration.For(target);
        var config = ConfigurationFactory.ParseString(overrides)
            .WithFallback(AuralisConfig.Load("base", "dispatchers"))
            .WithFallback(persistence);
        return (config, setup);
    }

    /// <summary>The actor system setup for <see cref="For"/>.</summary>
    public static ActorSystemSetup SystemSetup(JournalTarget target, string overrides = "")
    {
        var (config, setup) = For(target, overrides);
        return ActorSystemSetup.Create(BootstrapSetup.Create().WithConfig(config), setup);
    }
}
