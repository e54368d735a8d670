namespace SecureMcp.Core.Identity;

/// <summary>An authenticated caller of the gateway, whatever scheme proved who it is.</summary>
/// <param name="Id">Stable identifier, unique across schemes (for example <c>agent-7</c>).</param>
/// <param name="Scheme">The authentication scheme that produced it (<c>apikey</c>, <c>mtls</c>, <c>token</c>, <c>local</c>).</param>
/// <param name="Roles">Roles granted to the principal by configuration.</param>
public sealed record Principal(string Id, string Scheme, IReadOnlyList<string> Roles)
{
    /// <summary>Free-form attributes (team, certificate subject …) used by later policy stages.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    /// <summary>The principal used for a gateway launched over stdio by a local desktop client.</summary>
    public static Principal Local(string id, IReadOnlyList<string> roles) => new(id, "local", roles);
}
