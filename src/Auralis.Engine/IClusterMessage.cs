namespace Auralis.Engine;

/// <summary>A message that may travel between the nodes of a cluster; <see cref="SessionMessageSerializer"/> writes every one of them.</summary>
public interface IClusterMessage;
