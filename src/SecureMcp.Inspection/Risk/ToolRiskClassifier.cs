using System.Text.Json;
using ModelContextProtocol.Protocol;
using SecureMcp.Core.Inspection;
using SecureMcp.Inspection.Text;

namespace SecureMcp.Inspection.Risk;

/// <summary>Assigns a risk level to a tool from its annotations, name, description, schema and server.</summary>
/// <remarks>
/// Annotations are hints from an untrusted server: they can raise the level but never lower it below what the
/// name, description and schema say. A per-server floor from policy applies last.
/// </remarks>
public sealed class ToolRiskClassifier
{
    private static readonly HashSet<string> ShellTokens = Set("exec", "execute", "shell", "bash", "zsh", "powershell", "cmd", "terminal", "spawn", "subprocess", "eval", "evaluate", "repl", "script");
    private static readonly HashSet<string> DeleteTokens = Set("delete", "remove", "rm", "drop", "destroy", "purge", "truncate", "erase", "wipe", "kill", "terminate", "unlink", "revoke", "uninstall");
    private static readonly HashSet<string> WriteTokens = Set("write", "create", "update", "edit", "modify", "set", "put", "patch", "move", "rename", "insert", "upload", "save", "append", "add", "push", "merge", "commit", "fork", "archive", "fill", "type", "click", "drag", "upsert", "replace");
    private static readonly HashSet<string> NetworkTokens = Set("fetch", "http", "https", "url", "download", "navigate", "browse", "browser", "request", "web", "scrape", "crawl", "curl", "wget", "search");
    private static readonly HashSet<string> SendTokens = Set("send", "email", "mail", "post", "publish", "tweet", "sms", "reply", "webhook", "notify", "share");
    private static readonly HashSet<string> CredentialTokens = Set("secret", "secrets", "password", "passwd", "credential", "credentials", "token", "tokens", "apikey", "auth", "oauth", "login", "env", "environment", "keychain", "vault", "ssh");
    private static readonly HashSet<string> FileTokens = Set("file", "files", "dir", "directory", "directories", "folder", "path", "fs", "filesystem");
    private static readonly HashSet<string> DatabaseTokens = Set("sql", "query", "db", "database", "table", "collection");
    private static readonly HashSet<string> CommandParameters = Set("command", "cmd", "script", "code", "shell", "expression", "function");
    private static readonly HashSet<string> UrlParameters = Set("url", "uri", "href", "endpoint", "host", "hostname", "link");
    private static readonly HashSet<string> SecretParameters = Set("password", "token", "secret", "apikey", "privatekey", "accesstoken", "credentials");
    private static readonly HashSet<string> PathParameters = Set("path", "paths", "file", "filepath", "filename", "directory", "dir", "source", "destination", "sourcepath", "destinationpath");
    private static readonly HashSet<string> SqlParameters = Set("sql", "query", "statement");

    private static readonly System.Buffers.SearchValues<string> ExecAnchors =
        Anchors.Of("command", "script", "code", "program", "process", "expression", "shell", "terminal");

    private readonly IReadOnlyDictionary<string, RiskLevel> _serverFloors;

    /// <summary>Creates a classifier.</summary>
    /// <param name="serverFloors">Minimum risk level per upstream server (from policy); may be empty.</param>
    public ToolRiskClassifier(IReadOnlyDictionary<string, RiskLevel>? serverFloors = null)
    {
        _serverFloors = serverFloors ?? new Dictionary<string, RiskLevel>();
    }

    /// <summary>Classifies one tool of one server.</summary>
    public ToolRisk Classify(string server, Tool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var reasons = new List<string>(4);
        var caps = ToolCapabilities.None;
        var nameTokens = Tokens(tool.Name);
        var text = (tool.Title + " " + tool.Description).Trim();
        var parameters = ParameterNames(tool.InputSchema);

        void Add(ToolCapabilities capability, string reason)
        {
            caps |= capability;
            reasons.Add(reason);
        }

        if (Hit(nameTokens, ShellTokens) is { } shell)
        {
            Add(ToolCapabilities.ExecutesCommands, $"name says '{shell}'");
        }
        else if (Anchors.In(text, ExecAnchors) && AffirmedExec(text) is { } exec)
        {
            Add(ToolCapabilities.ExecutesCommands, $"description: '{exec.Trim()}'");
        }
        else if (Hit(parameters, CommandParameters) is { } command)
        {
            Add(ToolCapabilities.ExecutesCommands, $"parameter '{command}'");
        }

        if (Hit(nameTokens, DeleteTokens) is { } delete)
        {
            Add(ToolCapabilities.Deletes, $"name says '{delete}'");
        }

        if (tool.Annotations?.DestructiveHint == true && tool.Annotations.ReadOnlyHint != true)
        {
            Add(ToolCapabilities.Deletes, "annotation destructiveHint=true");
        }

        if (Hit(nameTokens, WriteTokens) is { } write)
        {
            Add(ToolCapabilities.Writes, $"name says '{write}'");
        }

        if (Hit(nameTokens, SendTokens) is { } send)
        {
            Add(ToolCapabilities.SendsData, $"name says '{send}'");
        }
        else if (RegexGuard.MatchOrTimeout(RiskPatterns.SendsData(), tool.Description ?? "") is { } sends && (caps & ToolCapabilities.Writes) != 0)
        {
            Add(ToolCapabilities.SendsData, $"description: '{sends}'");
        }

        if (Hit(nameTokens, NetworkTokens) is { } net)
        {
            Add(ToolCapabilities.Network, $"name says '{net}'");
        }
        else if (Hit(parameters, UrlParameters) is { } url)
        {
            Add(ToolCapabilities.Network, $"parameter '{url}'");
        }

        if (tool.Annotations?.OpenWorldHint == true)
        {
            Add(ToolCapabilities.Network, "annotation openWorldHint=true");
        }

        if (Hit(nameTokens, CredentialTokens) is { } credential)
        {
            Add(ToolCapabilities.Credentials, $"name says '{credential}'");
        }
        else if (Hit(parameters, SecretParameters) is { } secret)
        {
            Add(ToolCapabilities.Credentials, $"parameter '{secret}'");
        }
        else if (RegexGuard.MatchOrTimeout(RiskPatterns.Credentials(), tool.Description ?? "") is { } cred)
        {
            Add(ToolCapabilities.Credentials, $"description: '{cred}'");
        }

        if (Hit(nameTokens, FileTokens) is { } file)
        {
            Add(ToolCapabilities.FileSystem, $"name says '{file}'");
        }
        else if (Hit(parameters, PathParameters) is { } path)
        {
            Add(ToolCapabilities.FileSystem, $"parameter '{path}'");
        }

        if (RegexGuard.MatchOrTimeout(RiskPatterns.BroadFileSystem(), text) is { } broad)
        {
            Add(ToolCapabilities.BroadFileSystem, $"description: '{broad}'");
        }

        if (Hit(nameTokens, DatabaseTokens) is { } db && RegexGuard.IsMatchOrTimeout(RiskPatterns.Database(), text))
        {
            Add(ToolCapabilities.Database, $"name says '{db}' and the description mentions a database");
        }
        else if (Hit(parameters, SqlParameters) is { } sql && RegexGuard.IsMatchOrTimeout(RiskPatterns.Database(), text))
        {
            Add(ToolCapabilities.Database, $"parameter '{sql}' of a database tool");
        }

        var level = Level(caps);
        if (level == RiskLevel.Low && tool.Annotations?.ReadOnlyHint == true)
        {
            reasons.Add("annotation readOnlyHint=true");
        }

        if (_serverFloors.TryGetValue(server, out var floor) && floor > level)
        {
            level = floor;
            reasons.Add($"server '{server}' has a risk floor of {floor.ToString().ToUpperInvariant()}");
        }

        if (reasons.Count == 0)
        {
            reasons.Add("no risky capability inferred");
        }

        return new ToolRisk(level, caps, reasons);
    }

    /// <summary>The first command-execution phrase of the description that is not negated ("instead of starting a shell command").</summary>
    private static string? AffirmedExec(string text)
    {
        try
        {
            for (var match = RiskPatterns.ExecutesCommands().Match(text); match.Success; match = match.NextMatch())
            {
                var before = text.AsSpan(Math.Max(0, match.Index - 40), Math.Min(40, match.Index)).ToString();
                if (!RiskPatterns.NegatedBefore().IsMatch(before))
                {
                    return match.Value;
                }
            }

            return null;
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return "(pattern timed out; assumed present)";
        }
    }

    /// <summary>Maps capabilities to a level.</summary>
    internal static RiskLevel Level(ToolCapabilities caps)
    {
        if ((caps & ToolCapabilities.ExecutesCommands) != 0)
        {
            return RiskLevel.Critical;
        }

        var high = caps & (ToolCapabilities.Deletes | ToolCapabilities.Credentials | ToolCapabilities.SendsData | ToolCapabilities.BroadFileSystem);
        if (high != 0)
        {
            // Two distinct high capabilities together (delete + credentials, send + any file …) are worse than either.
            return (high & (high - 1)) != 0 ? RiskLevel.Critical : RiskLevel.High;
        }

        return (caps & (ToolCapabilities.Writes | ToolCapabilities.Network | ToolCapabilities.FileSystem | ToolCapabilities.Database)) != 0
            ? RiskLevel.Medium
            : RiskLevel.Low;
    }

    internal static HashSet<string> Tokens(string? name)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(name))
        {
            return set;
        }

        foreach (var token in RiskPatterns.TokenSplitter().Split(name))
        {
            if (token.Length > 0)
            {
                set.Add(token.ToLowerInvariant());
            }
        }

        return set;
    }

    private static HashSet<string> ParameterNames(JsonElement schema)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                set.Add(property.Name.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal));
            }
        }

        return set;
    }

    private static string? Hit(HashSet<string> tokens, HashSet<string> vocabulary)
    {
        foreach (var token in tokens)
        {
            if (vocabulary.Contains(token))
            {
                return token;
            }
        }

        return null;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
}
