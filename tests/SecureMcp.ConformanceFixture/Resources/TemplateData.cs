namespace SecureMcp.ConformanceFixture.Resources;

/// <summary>The JSON body of <c>test://template/{id}/data</c>.</summary>
internal sealed record TemplateData(string Id, bool TemplateTest, string Data);
