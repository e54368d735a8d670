namespace SecureMcp.Trust.Evaluation;

/// <summary>One measured figure of the trust evaluation against its target.</summary>
/// <param name="Scenario">What was simulated.</param>
/// <param name="Measured">The measured value.</param>
/// <param name="Target">The target, as text (for example <c>≤ 0.12</c>).</param>
/// <param name="Passed">Whether the measured value meets the target.</param>
/// <param name="Detail">Sizes and secondary figures.</param>
public sealed record ScenarioResult(string Scenario, double Measured, string Target, bool Passed, string Detail);
