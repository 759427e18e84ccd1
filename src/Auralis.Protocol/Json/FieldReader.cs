using System.Globalization;
using System.Text.Json;
using Auralis.Protocol.Messages;

namespace Auralis.Protocol.Json;

/// <summary>
/// Reads the fields of one JSON object and remembers the first problem instead of throwing, so a message reader can
/// read every field in order and check <see cref="Error"/> once at the end. Null counts as absent; unknown fields are ignored.
/// </summary>
internal sealed class FieldReader
{
    private const int PreviewLength = 40;

    private readonly JsonElement _object;
    private readonly string _path;
    private readonly FieldReader? _root;
    private ProtocolError? _error;

    public FieldReader(JsonElement obj, string path)
        : this(obj, path, null)
    {
    }

    private FieldReader(JsonElement obj, string path, FieldReader? root)
    {
        _object = obj;
        _path = path;
        _root = root;
    }

    /// <summary>The first problem met by this reader or any of its children.</summary>
    public ProtocolError? Error => (_root ?? this)._error;

    public string Text(string name, bool allowEmpty = false)
    {
        if (!TryGet(name, required: true, out var value))
        {
            return string.Empty;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return BadValue(name, "must be a string", value, string.Empty);
        }

        var text = value.GetString()!;
        return text.Length == 0 && !allowEmpty ? BadValue(name, "must not be empty", value, string.Empty) : text;
    }

    public string? OptionalText(string name)
    {
        if (!TryGet(name, required: false, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : BadValue<string?>(name, "must be a string", value, null);
    }

    public long Integer(string name, long min, long max = long.MaxValue) =>
        TryGet(name, required: true, out var value) ? IntegerOf(name, value, min, max) : 0;

    public long? OptionalInteger(string name, long min, long max = long.MaxValue) =>
        TryGet(name, required: false, out var value) ? IntegerOf(name, value, min, max) : null;

    public int Int32(string name, int min, int max = int.MaxValue) => (int)Integer(name, min, max);

    public ulong UnsignedInteger(string name)
    {
        if (!TryGet(name, required: true, out var value))
        {
            return 0;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out var number)
            ? number
            : BadValue(name, "must be an integer from 0 to 18446744073709551615", value, 0UL);
    }

    /// <summary>A finite number; with <paramref name="positive"/> it must also be greater than 0.</summary>
    public double Number(string name, bool positive = false)
    {
        if (!TryGet(name, required: true, out var value))
        {
            return 0;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            return BadValue(name, "must be a finite number", value, 0.0);
        }

        return positive && !(number > 0) ? BadValue(name, "must be greater than 0", value, 0.0) : number;
    }

    public bool Boolean(string name)
    {
        if (!TryGet(name, required: true, out var value))
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => BadValue(name, "must be true or false", value, false),
        };
    }

    public WireValue Value(string name) => TryGet(name, required: true, out var value) ? WireValueOf(name, value) : default;

    public IReadOnlyDictionary<string, WireValue> ValueMap(string name)
    {
        var map = new Dictionary<string, WireValue>(StringComparer.Ordinal);
        if (!TryGet(name, required: true, out var value))
        {
            return map;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return BadValue(name, "must be an object of names to numbers or strings", value, map);
        }

        foreach (var property in value.EnumerateObject())
        {
            if (property.Name.Length == 0)
            {
                return BadValue(name, "must not hold an empty name", value, map);
            }

            map[property.Name] = WireValueOf($"{name}.{property.Name}", property.Value);
        }

        return map;
    }

    public IReadOnlyList<int> IntegerList(string name, int min, int max)
    {
        if (!TryGet(name, required: true, out var value))
        {
            return [];
        }

        var what = $"must be a non-empty array of integers from {min} to {max}";
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            return BadValue<IReadOnlyList<int>>(name, what, value, []);
        }

        var list = new int[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var number) || number < min || number > max)
            {
                return BadValue<IReadOnlyList<int>>(name, what, value, []);
            }

            list[i++] = number;
        }

        return list;
    }

    public T Word<T>(string name, WordMap<T> words)
        where T : struct, Enum
    {
        if (!TryGet(name, required: true, out var value))
        {
            return default;
        }

        return value.ValueKind == JsonValueKind.String && words.TryParse(value.GetString(), out var parsed)
            ? parsed
            : BadValue(name, $"must be one of {words.Choices}", value, default(T));
    }

    public DateTimeOffset Instant(string name)
    {
        if (!TryGet(name, required: true, out var value))
        {
            return default;
        }

        return value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var instant)
            ? instant
            : BadValue(name, "must be an ISO 8601 date and time", value, default(DateTimeOffset));
    }

    /// <summary>The reader of a nested object; when it is absent or not an object the error is recorded and the child reads nothing.</summary>
    public FieldReader Child(string name)
    {
        var root = _root ?? this;
        if (TryGet(name, required: true, out var value) && value.ValueKind != JsonValueKind.Object)
        {
            BadValue(name, "must be an object", value, 0);
        }

        return new FieldReader(value, $"{_path}.{name}", root);
    }

    /// <summary>Records a bad value found by a rule that spans fields.</summary>
    public void Refuse(string message) => Record(ProtocolError.BadValue(message));

    /// <summary>Records a missing field that a rule spanning fields requires.</summary>
    public void RequireField(string name, string because) =>
        Record(ProtocolError.MissingField($"The field '{_path}.{name}' is missing; {because}."));

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        // A child whose object was absent or of the wrong kind has already recorded why; it reads nothing more.
        if (_object.ValueKind == JsonValueKind.Object && _object.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        if (required && _object.ValueKind == JsonValueKind.Object)
        {
            Record(ProtocolError.MissingField($"The field '{_path}.{name}' is missing."));
        }

        return false;
    }

    private long IntegerOf(string name, JsonElement value, long min, long max) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number >= min && number <= max
            ? number
            : BadValue(name, max == long.MaxValue ? $"must be an integer of at least {min}" : $"must be an integer from {min} to {max}", value, 0L);

    private WireValue WireValueOf(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => WireValue.Of(value.GetString()!),
        JsonValueKind.Number when value.TryGetDouble(out var number) && double.IsFinite(number) => WireValue.Of(number),
        JsonValueKind.Number => BadValue(name, "must be a finite number", value, default(WireValue)),
        _ => BadValue(name, "must be a number or a string", value, default(WireValue)),
    };

    private T BadValue<T>(string name, string what, JsonElement value, T fallback)
    {
        Record(ProtocolError.BadValue($"The field '{_path}.{name}' {what}, not {Preview(value)}."));
        return fallback;
    }

    private void Record(ProtocolError error)
    {
        var root = _root ?? this;
        root._error ??= error;
    }

    private static string Preview(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length <= PreviewLength ? raw : string.Create(CultureInfo.InvariantCulture, $"{raw[..PreviewLength]}… ({raw.Length} characters)");
    }
}
