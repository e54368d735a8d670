using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Policy;

namespace SecureMcp.Inspection.Results;

/// <summary>Scans tool results for secrets, personal data and prompt injection, and redacts what the policy says to redact.</summary>
/// <remarks>Text content, embedded text resources and every string of structured content are scanned; images and blobs are not.</remarks>
public sealed class ResultInspector
{
    private readonly InspectionPolicy _policy;
    private readonly SecretScanner _secrets;
    private readonly PiiScanner _pii;

    /// <summary>Creates an inspector for a policy.</summary>
    public ResultInspector(InspectionPolicy? policy = null)
    {
        _policy = policy ?? InspectionPolicy.Default;
        _secrets = new SecretScanner(_policy.Results);
        _pii = new PiiScanner(_policy.Results);
    }

    /// <summary>Scans one text and returns it with redactions applied.</summary>
    public string InspectText(string location, string text, List<(Finding, InspectionAction)> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        var scanned = text.Length > _policy.Results.MaxScanChars ? text[.._policy.Results.MaxScanChars] : text;
        if (scanned.Length < text.Length)
        {
            findings.Add((new Finding(DetectorIds.Oversized, SecuritySeverity.Medium, location, scanned.Length, text.Length - scanned.Length,
                $"only the first {scanned.Length} characters were scanned", ""), InspectionAction.Flag));
        }

        var hits = new List<TextFinding>();
        var errors = new List<Finding>();
        _secrets.Scan(location, scanned, hits, errors);
        _pii.Scan(location, scanned, hits, errors);
        OutputInjectionScanner.Scan(location, scanned, hits, errors);
        foreach (var error in errors)
        {
            findings.Add((error, _policy.Decide(error)));
        }

        var redactions = new List<TextFinding>();
        foreach (var hit in hits)
        {
            var action = _policy.Decide(hit.Finding);
            if (action == InspectionAction.None)
            {
                continue;
            }

            if (action == InspectionAction.Redact && hit.Placeholder.Length == 0)
            {
                action = InspectionAction.Flag;
            }

            findings.Add((hit.Finding, action));
            if (action == InspectionAction.Redact)
            {
                redactions.Add(hit);
            }
        }

        return redactions.Count == 0 ? text : Redact(text, redactions);
    }

    /// <summary>Scans a whole tool result.</summary>
    public ResultInspection Inspect(CallToolResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var findings = new List<(Finding, InspectionAction)>();
        var changed = false;
        var content = new List<ContentBlock>(result.Content.Count);
        for (var i = 0; i < result.Content.Count; i++)
        {
            var block = result.Content[i];
            switch (block)
            {
                case TextContentBlock text:
                    var newText = InspectText($"content[{i}]", text.Text, findings);
                    if (!ReferenceEquals(newText, text.Text))
                    {
                        changed = true;
                        block = new TextContentBlock { Text = newText, Annotations = text.Annotations, Meta = text.Meta };
                    }

                    break;
                case EmbeddedResourceBlock { Resource: TextResourceContents resource } embedded:
                    var newResource = InspectText($"content[{i}].resource", resource.Text, findings);
                    if (!ReferenceEquals(newResource, resource.Text))
                    {
                        changed = true;
                        block = new EmbeddedResourceBlock
                        {
                            Resource = new TextResourceContents { Uri = resource.Uri, MimeType = resource.MimeType, Text = newResource, Meta = resource.Meta },
                            Annotations = embedded.Annotations,
                            Meta = embedded.Meta,
                        };
                    }

                    break;
            }

            content.Add(block);
        }

        var structured = result.StructuredContent;
        if (structured is { } element)
        {
            var node = JsonNode.Parse(element.GetRawText());
            if (node is not null && InspectNode(node, "structuredContent", findings))
            {
                changed = true;
                structured = JsonSerializer.SerializeToElement(node);
            }
        }

        var rewritten = changed
            ? new CallToolResult { Content = content, StructuredContent = structured, IsError = result.IsError, Meta = result.Meta }
            : result;
        return new ResultInspection(findings, rewritten);
    }

    private bool InspectNode(JsonNode node, string path, List<(Finding, InspectionAction)> findings)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var s))
                    {
                        var redacted = InspectText(path + "." + key, s, findings);
                        if (!ReferenceEquals(redacted, s))
                        {
                            obj[key] = redacted;
                            changed = true;
                        }
                    }
                    else if (child is not null)
                    {
                        changed |= InspectNode(child, path + "." + key, findings);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var s))
                    {
                        var redacted = InspectText($"{path}[{i}]", s, findings);
                        if (!ReferenceEquals(redacted, s))
                        {
                            array[i] = redacted;
                            changed = true;
                        }
                    }
                    else if (array[i] is { } child)
                    {
                        changed |= InspectNode(child, $"{path}[{i}]", findings);
                    }
                }

                break;
        }

        return changed;
    }

    private static string Redact(string text, List<TextFinding> redactions)
    {
        redactions.Sort(static (a, b) => a.Finding.Start.CompareTo(b.Finding.Start));
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var r in redactions)
        {
            if (r.Finding.Start < position)
            {
                continue;
            }

            builder.Append(text, position, r.Finding.Start - position).Append(r.Placeholder);
            position = r.Finding.Start + r.Finding.Length;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }
}
