using Auralis.Testing;

namespace Auralis.Node.Tests.Support;

/// <summary>One open node shared by the tests of a collection (a node takes seconds to form its cluster).</summary>
public sealed class NodeFixture : IAsyncLifetime
{
    public TestNode Node { get; private set; } = null!;

    public async Task InitializeAsync() => Node = await TestNode.StartAsync();

    public async Task DisposeAsync() => await Node.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class OpenNodeCollection : ICollectionFixture<NodeFixture>
{
    public const string Name = "open node";
}
