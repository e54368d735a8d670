namespace SecureMcp.Policy.Model;

/// <summary>One condition as written: an attribute, an operator and its operands.</summary>
/// <param name="Attribute">What is tested: <c>principal.roles</c>, <c>tool.risk</c>, <c>args.$.path</c>, <c>env.time</c> …</param>
/// <param name="Operator">The test (<c>equals</c>, <c>in</c>, <c>gte</c>, <c>pathPrefix</c> …).</param>
/// <param name="Operands">The operand values, as text (one for scalar operators, several for sets).</param>
/// <param name="KeyPath">Where it is in the file, for error messages (<c>rules[2].when.tool.risk.gte</c>).</param>
/// <param name="Line">The line in the policy file (0 when built in code).</param>
internal sealed record ConditionDefinition(string Attribute, string Operator, IReadOnlyList<string> Operands, string KeyPath = "", int Line = 0);
