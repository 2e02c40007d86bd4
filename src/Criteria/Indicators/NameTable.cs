namespace Certification.Criteria.Indicators;

/// <summary>A two-way map between enum values and their JSON names, matched case-sensitively.</summary>
internal sealed class NameTable<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> _byName;
    private readonly Dictionary<TEnum, string> _byValue;

    public NameTable(params (TEnum Value, string Name)[] entries)
    {
        _byName = entries.ToDictionary(e => e.Name, e => e.Value, StringComparer.Ordinal);
        _byValue = entries.ToDictionary(e => e.Value, e => e.Name);
        Names = entries.Select(e => e.Name).ToArray();
        if (_byValue.Count != Enum.GetValues<TEnum>().Length)
        {
            throw new InvalidOperationException($"Every {typeof(TEnum).Name} value needs a JSON name.");
        }
    }

    public IReadOnlyList<string> Names { get; }

    public string NameOf(TEnum value) => _byValue[value];

    public bool TryParse(string name, out TEnum value) => _byName.TryGetValue(name, out value);
}
