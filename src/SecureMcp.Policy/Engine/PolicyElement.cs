using System.Globalization;

namespace SecureMcp.Policy.Engine;

/// <summary>A role, capability, constraint or rule as named in decisions, with its texts precomputed so deciding does not allocate.</summary>
internal sealed class PolicyElement
{
    public static readonly PolicyElement DefaultDeny = new(PolicyElementKind.Default, "default-deny", 0, "no role, capability or rule grants it");

    public PolicyElement(PolicyElementKind kind, string id, int line, string? detail = null)
    {
        Kind = kind;
        Id = id;
        Line = line;
        var name = kind switch
        {
            PolicyElementKind.Role => $"role '{id}'",
            PolicyElementKind.Capability => $"capability '{id}'",
            PolicyElementKind.Constraint => $"constraint '{id}'",
            PolicyElementKind.Rule => $"rule '{id}'",
            _ => "default deny",
        };
        var at = line > 0 ? string.Create(CultureInfo.InvariantCulture, $" (line {line})") : "";
        var why = string.IsNullOrEmpty(detail) ? "" : ": " + detail;
        Description = name + at + why;
        AllowReason = "allowed by " + Description;
        DenyReason = kind == PolicyElementKind.Default ? "default deny: " + detail : "denied by " + Description;
        ApprovalReason = "approval required by " + Description;
    }

    public PolicyElementKind Kind { get; }

    public string Id { get; }

    public int Line { get; }

    /// <summary>For example <c>rule 'night-writes' (line 40): no writes at night</c>.</summary>
    public string Description { get; }

    public string AllowReason { get; }

    public string DenyReason { get; }

    public string ApprovalReason { get; }

    public override string ToString() => Description;
}
