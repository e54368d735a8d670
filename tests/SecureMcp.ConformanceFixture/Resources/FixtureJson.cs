using System.Text.Json.Serialization;

namespace SecureMcp.ConformanceFixture.Resources;

/// <summary>Source-generated JSON for the fixture's own payloads.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(TemplateData))]
internal sealed partial class FixtureJson : JsonSerializerContext;
