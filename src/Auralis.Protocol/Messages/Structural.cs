namespace Auralis.Protocol.Messages;

/// <summary>Value equality for the collections inside messages, which records would otherwise compare by reference.</summary>
internal static class Structural
{
    public static bool MapEquals(IReadOnlyDictionary<string, WireValue> left, IReadOnlyDictionary<string, WireValue> right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var (name, value) in left)
        {
            if (!right.TryGetValue(name, out var other) || value != other)
            {
                return false;
            }
        }

        return true;
    }

    public static bool ListEquals(IReadOnlyList<int> left, IReadOnlyList<int> right) => ReferenceEquals(left, right) || left.SequenceEqual(right);
}
