namespace SecureMcp.Trust.Collusion;

/// <summary>A group that rates its own members highly and rarely anyone else.</summary>
/// <param name="Members">The member identities.</param>
/// <param name="Density">Mutual high-rating edges among members ÷ possible pairs.</param>
/// <param name="InsideShare">Mean share of a member's rating weight that goes to other members.</param>
public sealed record CollusionRing(IReadOnlyList<string> Members, double Density, double InsideShare);
