namespace SecureMcp.Gateway.Configuration;

/// <summary>One API key: only its SHA-256 hash is configured, never the key.</summary>
/// <param name="Principal">The principal the key authenticates as.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the key.</param>
/// <param name="Roles">Roles granted.</param>
public sealed record ApiKeyConfig(string Principal, string Sha256, IReadOnlyList<string> Roles);
