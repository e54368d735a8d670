namespace SecureMcp.ToolServer.Analysis;

/// <summary>Pearson correlation between two numeric columns over the rows where both have values.</summary>
internal sealed record Correlation(string Left, string Right, double R, int Pairs);
