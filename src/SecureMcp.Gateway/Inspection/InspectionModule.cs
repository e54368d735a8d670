using SecureMcp.Core.Events;
using SecureMcp.Core.Inspection;
using SecureMcp.Core.Pipeline;
using SecureMcp.Gateway.Configuration;
using SecureMcp.Inspection.Arguments;
using SecureMcp.Inspection.Pinning;
using SecureMcp.Inspection.Poisoning;
using SecureMcp.Inspection.Policy;
using SecureMcp.Inspection.Results;
using SecureMcp.Inspection.Risk;
using SecureMcp.Inspection.Stages;
using SecureMcp.Inspection;
using SecureMcp.Storage.Pins;

namespace SecureMcp.Gateway.Inspection;

/// <summary>Tool verification and threat detection: pins (rug-pull blocking), risk, poisoning, argument and result inspection.</summary>
internal sealed class InspectionModule
{
    private InspectionModule(ToolPinRegistry pins, ToolRiskClassifier classifier, ISecurityStage verify, ISecurityStage arguments, ISecurityStage results)
    {
        Pins = pins;
        Classifier = classifier;
        VerifyStage = verify;
        ArgumentStage = arguments;
        ResultStage = results;
    }

    public ToolPinRegistry Pins { get; }

    public ToolRiskClassifier Classifier { get; }

    public ISecurityStage VerifyStage { get; }

    public ISecurityStage ArgumentStage { get; }

    public ISecurityStage ResultStage { get; }

    public static InspectionModule Create(GatewayConfig config, IToolCatalogView catalog, ISecurityEventSink events, TimeProvider time)
    {
        InspectionPolicy policy;
        try
        {
            policy = config.InspectionPath is { } path ? InspectionPolicyLoader.FromFile(path) : InspectionPolicy.Default;
        }
        catch (InspectionConfigurationException ex)
        {
            throw new GatewayConfigException($"inspection: {ex.Message}", ex);
        }

        var pins = new ToolPinRegistry(new SqliteToolPinStore(config.AuditPath), policy.Pinning, time, events);
        var classifier = new ToolRiskClassifier(policy.ServerRiskFloors);
        return new InspectionModule(
            pins,
            classifier,
            new ToolVerificationStage(pins, catalog, new ToolInspector(classifier), policy, events, time),
            new ArgumentInspectionStage(catalog, new ArgumentInspector(policy.Arguments, new DnsHostResolver()), classifier, policy, events, time),
            new ResultInspectionStage(new ResultInspector(policy), events, time));
    }
}
