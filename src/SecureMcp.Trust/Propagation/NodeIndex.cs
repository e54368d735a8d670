namespace SecureMcp.Trust.Propagation;

/// <summary>Dense integer ids for identities, so graphs can live in arrays.</summary>
internal sealed class NodeIndex
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    public int Count => _names.Count;

    public IReadOnlyList<string> Names => _names;

    public int GetOrAdd(string name)
    {
        if (_ids.TryGetValue(name, out var id))
        {
            return id;
        }

        id = _names.Count;
        _ids.Add(name, id);
        _names.Add(name);
        return id;
    }

    public bool TryGet(string name, out int id) => _ids.TryGetValue(name, out id);

    public string NameOf(int id) => _names[id];
}
