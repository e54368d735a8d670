namespace SecureMcp.Inspection.Findings;

/// <summary>The stable ids of every detector; policy, events and the evaluation refer to them.</summary>
public static class DetectorIds
{
    /// <summary>Instructions addressed to the model: read files, send data, hide from the user, call other tools first.</summary>
    public const string Instructions = "tool.instructions";

    /// <summary>Invisible, bidirectional or tag Unicode characters.</summary>
    public const string HiddenUnicode = "tool.hidden-unicode";

    /// <summary>Look-alike letters from other scripts in names or words.</summary>
    public const string Homoglyph = "tool.homoglyph";

    /// <summary>HTML comments and other markup that hides text from a human reader.</summary>
    public const string HtmlComment = "tool.html-comment";

    /// <summary>Long runs of whitespace that push text out of view.</summary>
    public const string WhitespacePadding = "tool.whitespace-padding";

    /// <summary>Base64, hex or escape-encoded payloads.</summary>
    public const string EncodedPayload = "tool.encoded-payload";

    /// <summary>URLs and addresses data could be sent to.</summary>
    public const string ExfilUrl = "tool.exfil-url";

    /// <summary>A description that tries to change how other tools or servers behave, or impersonates another tool.</summary>
    public const string Shadowing = "tool.shadowing";

    /// <summary>A scan that hit its time limit (treated as suspicious: fail closed).</summary>
    public const string Timeout = "inspection.timeout";

    /// <summary>Path traversal or absolute paths outside the allowed roots.</summary>
    public const string PathTraversal = "arg.path-traversal";

    /// <summary>Shell metacharacters and dangerous command patterns for tools that execute commands.</summary>
    public const string ShellInjection = "arg.shell-injection";

    /// <summary>Server-side request forgery: private, loopback, link-local and metadata addresses.</summary>
    public const string Ssrf = "arg.ssrf";

    /// <summary>SQL injection patterns for tools that run queries.</summary>
    public const string SqlInjection = "arg.sql-injection";

    /// <summary>Oversized or too deeply nested arguments.</summary>
    public const string Oversized = "arg.oversized";

    /// <summary>Secrets in tool output: cloud keys, private keys, tokens, high-entropy strings.</summary>
    public const string Secret = "result.secret";

    /// <summary>Personal data in tool output: emails, phone numbers, card numbers, IBANs.</summary>
    public const string Pii = "result.pii";

    /// <summary>Instructions aimed at the calling agent inside tool output.</summary>
    public const string OutputInjection = "result.injection";

    /// <summary>The tool-definition detectors, in report order.</summary>
    public static IReadOnlyList<string> ToolDetectors { get; } =
        [Instructions, HiddenUnicode, Homoglyph, HtmlComment, WhitespacePadding, EncodedPayload, ExfilUrl, Shadowing];

    /// <summary>Every detector id.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Instructions, HiddenUnicode, Homoglyph, HtmlComment, WhitespacePadding, EncodedPayload, ExfilUrl, Shadowing, Timeout,
        PathTraversal, ShellInjection, Ssrf, SqlInjection, Oversized, Secret, Pii, OutputInjection,
    ];
}
