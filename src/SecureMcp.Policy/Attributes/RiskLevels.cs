using SecureMcp.Policy.Model;
using InspectionRisk = SecureMcp.Core.Inspection.RiskLevel;

namespace SecureMcp.Policy.Attributes;

/// <summary>Maps tool inspection's risk rating to the policy's (whose values are ordered from 1 for comparisons).</summary>
internal static class RiskLevels
{
    public static RiskLevel From(InspectionRisk risk) => risk switch
    {
        InspectionRisk.Low => RiskLevel.Low,
        InspectionRisk.Medium => RiskLevel.Medium,
        InspectionRisk.High => RiskLevel.High,
        _ => RiskLevel.Critical,
    };
}
