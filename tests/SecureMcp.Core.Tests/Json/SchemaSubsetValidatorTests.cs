using System.Text.Json;
using SecureMcp.Core.Json;

namespace SecureMcp.Core.Tests.Json;

public sealed class SchemaSubsetValidatorTests
{
    private static IReadOnlyList<string> Check(string schema, string value) =>
        SchemaSubsetValidator.Validate(JsonDocument.Parse(schema).RootElement, JsonDocument.Parse(value).RootElement);

    private const string Schema = """
        {
          "type": "object",
          "properties": {
            "name": { "type": "string", "minLength": 2, "maxLength": 5, "pattern": "^[a-z]+$" },
            "count": { "type": "integer", "minimum": 1, "maximum": 10 },
            "ratio": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1 },
            "mode": { "enum": ["fast", "slow"] },
            "tags": { "type": "array", "items": { "type": "string" }, "minItems": 1, "maxItems": 2 },
            "nested": { "type": "object", "properties": { "flag": { "type": "boolean" } }, "required": ["flag"] },
            "either": { "anyOf": [{ "type": "string" }, { "type": "integer" }] },
            "exactly": { "oneOf": [{ "type": "integer" }, { "type": "number", "minimum": 100 }] },
            "fixed": { "const": 3 },
            "maybe": { "type": ["string", "null"] }
          },
          "required": ["name"],
          "additionalProperties": false
        }
        """;

    [Fact]
    public void Validate_ConformingValue_HasNoErrors() =>
        Check(Schema, """{"name":"abc","count":3,"ratio":0.5,"mode":"fast","tags":["x"],"nested":{"flag":true},"either":4,"exactly":7,"fixed":3,"maybe":null}""").ShouldBeEmpty();

    [Theory]
    [InlineData("""{}""", "missing required property 'name'")]
    [InlineData("""{"name":"abc","extra":1}""", "unexpected property 'extra'")]
    [InlineData("""{"name":7}""", "$.name: expected string, got integer")]
    [InlineData("""{"name":"a"}""", "shorter than 2")]
    [InlineData("""{"name":"abcdef"}""", "longer than 5")]
    [InlineData("""{"name":"AB"}""", "does not match pattern")]
    [InlineData("""{"name":"ab","count":2.5}""", "expected integer, got number")]
    [InlineData("""{"name":"ab","count":0}""", "below minimum 1")]
    [InlineData("""{"name":"ab","count":11}""", "above maximum 10")]
    [InlineData("""{"name":"ab","ratio":0}""", "must be greater than 0")]
    [InlineData("""{"name":"ab","ratio":1}""", "must be less than 1")]
    [InlineData("""{"name":"ab","mode":"medium"}""", "must be one of")]
    [InlineData("""{"name":"ab","tags":[]}""", "at least 1 items")]
    [InlineData("""{"name":"ab","tags":["a","b","c"]}""", "at most 2 items")]
    [InlineData("""{"name":"ab","tags":[1]}""", "$.tags[0]: expected string")]
    [InlineData("""{"name":"ab","nested":{}}""", "$.nested: missing required property 'flag'")]
    [InlineData("""{"name":"ab","either":true}""", "none of the anyOf")]
    [InlineData("""{"name":"ab","exactly":150}""", "exactly one oneOf alternative, matches 2")]
    [InlineData("""{"name":"ab","fixed":4}""", "must equal 3")]
    [InlineData("""{"name":"ab","maybe":1}""", "expected string or null")]
    [InlineData("""[]""", "$: expected object, got array")]
    public void Validate_Violation_IsReportedWithItsPath(string value, string expected) =>
        string.Join("; ", Check(Schema, value)).ShouldContain(expected);

    [Fact]
    public void Validate_UnsupportedKeywords_AreIgnoredNotFailed() =>
        Check("""{"type":"object","properties":{"a":{"$ref":"#/defs/x","format":"email"}}}""", """{"a":"not-an-email"}""").ShouldBeEmpty();
}
