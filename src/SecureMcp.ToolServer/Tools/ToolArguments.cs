using System.Text.Json;

namespace SecureMcp.ToolServer.Tools;

/// <summary>Typed, validating access to a tool's arguments or to one nested argument object.</summary>
internal sealed class ToolArguments
{
    private readonly IReadOnlyDictionary<string, JsonElement> _values;
    private readonly string _prefix;

    public ToolArguments(IReadOnlyDictionary<string, JsonElement> values, string prefix = "")
    {
        _values = values;
        _prefix = prefix;
    }

    public IEnumerable<string> Names => _values.Keys;

    public static ToolArguments FromObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ToolInputException($"Argument '{path}' must be an object.");
        }

        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            values[property.Name] = property.Value;
        }

        return new ToolArguments(values, path + ".");
    }

    public string PathOf(string name) => _prefix + name;

    public bool Has(string name) => _values.TryGetValue(name, out var v) && v.ValueKind is not JsonValueKind.Null and not JsonValueKind.Undefined;

    public JsonElement? Get(string name) => Has(name) ? _values[name] : null;

    public void EnsureOnly(params string[] allowed)
    {
        foreach (var name in _values.Keys)
        {
            if (Array.IndexOf(allowed, name) < 0)
            {
                throw new ToolInputException($"Unknown argument '{PathOf(name)}'. Allowed: {string.Join(", ", allowed)}.");
            }
        }
    }

    public string RequiredString(string name) =>
        OptionalString(name) ?? throw new ToolInputException($"Argument '{PathOf(name)}' is required.");

    public string? OptionalString(string name)
    {
        if (Get(name) is not { } value)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new ToolInputException($"Argument '{PathOf(name)}' must be a string.");
    }

    public bool OptionalBool(string name, bool fallback)
    {
        if (Get(name) is not { } value)
        {
            return fallback;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new ToolInputException($"Argument '{PathOf(name)}' must be a boolean."),
        };
    }

    public double? OptionalNumber(string name)
    {
        if (Get(name) is not { } value)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && double.IsFinite(d)
            ? d
            : throw new ToolInputException($"Argument '{PathOf(name)}' must be a number.");
    }

    public int OptionalInt(string name, int fallback, int min, int max)
    {
        if (Get(name) is not { } value)
        {
            return fallback;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var i) || i < min || i > max)
        {
            throw new ToolInputException($"Argument '{PathOf(name)}' must be an integer from {min} to {max}.");
        }

        return i;
    }

    public string OptionalEnum(string name, string fallback, params string[] allowed)
    {
        var value = OptionalString(name) ?? fallback;
        return Array.IndexOf(allowed, value) >= 0
            ? value
            : throw new ToolInputException($"Argument '{PathOf(name)}' must be one of: {string.Join(", ", allowed)}.");
    }

    public string RequiredEnum(string name, params string[] allowed) =>
        Has(name) ? OptionalEnum(name, string.Empty, allowed) : throw new ToolInputException($"Argument '{PathOf(name)}' is required.");

    public JsonElement RequiredArray(string name, int minItems = 0)
    {
        if (Get(name) is not { } value)
        {
            throw new ToolInputException($"Argument '{PathOf(name)}' is required.");
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new ToolInputException($"Argument '{PathOf(name)}' must be an array.");
        }

        if (value.GetArrayLength() < minItems)
        {
            throw new ToolInputException($"Argument '{PathOf(name)}' needs at least {minItems} item(s).");
        }

        return value;
    }

    public IReadOnlyList<string> StringArray(string name, int minItems = 0)
    {
        if (!Has(name) && minItems == 0)
        {
            return [];
        }

        var result = new List<string>();
        foreach (var item in RequiredArray(name, minItems).EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(item.GetString()))
            {
                throw new ToolInputException($"Argument '{PathOf(name)}' must contain only non-empty strings.");
            }

            result.Add(item.GetString()!);
        }

        return result;
    }

    public IEnumerable<ToolArguments> ObjectArray(string name, int minItems = 0)
    {
        if (!Has(name) && minItems == 0)
        {
            return [];
        }

        return RequiredArray(name, minItems).EnumerateArray()
            .Select((item, i) => FromObject(item, $"{PathOf(name)}[{i}]"))
            .ToList();
    }
}
