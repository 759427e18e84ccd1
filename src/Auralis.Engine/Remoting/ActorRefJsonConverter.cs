using System.Text.Json;
using System.Text.Json.Serialization;
using Akka.Actor;
using Akka.Serialization;

namespace Auralis.Engine.Remoting;

/// <summary>Writes an actor reference as its full path with the node's address, and resolves it again on the receiving node.</summary>
internal sealed class ActorRefJsonConverter(ExtendedActorSystem system) : JsonConverter<IActorRef>
{
    /// <inheritdoc />
    public override IActorRef Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } path ? system.Provider.ResolveActorRef(path) : ActorRefs.Nobody;

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IActorRef value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Serialization.SerializedActorPath(value));

    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) => typeof(IActorRef).IsAssignableFrom(typeToConvert);
}
