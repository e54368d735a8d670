using System.Net;
using System.Text.Json;
using SecureMcp.Core.Identity;
using SecureMcp.Policy.Attributes;
using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.Engine;

/// <summary>One question to the policy: may this principal use this target with these arguments, now, from there?</summary>
/// <param name="Principal">The authenticated caller. Its roles count only if the policy trusts authenticated roles.</param>
/// <param name="Kind">Tool, prompt or resource.</param>
/// <param name="Name">Namespaced tool or prompt name, or resource URI.</param>
/// <param name="Attributes">The target's server, risk and annotations.</param>
/// <param name="Arguments">The call arguments (tools and prompts), if any.</param>
/// <param name="Now">The current time (from a <see cref="TimeProvider"/>).</param>
/// <param name="Source">The caller's network address, if known.</param>
/// <param name="Trust">The trust engine, if any.</param>
internal readonly record struct PolicyRequest(
    Principal Principal,
    TargetKind Kind,
    string Name,
    ToolAttributes Attributes,
    JsonElement? Arguments,
    DateTimeOffset Now,
    IPAddress? Source = null,
    ITrustScoreSource? Trust = null);
