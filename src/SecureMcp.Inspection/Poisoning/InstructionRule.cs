using System.Text.RegularExpressions;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Text;

namespace SecureMcp.Inspection.Poisoning;

/// <summary>One instruction pattern with the severity and explanation of a match, and the anchor words that must be present for it to match.</summary>
internal sealed record InstructionRule(string Name, Func<Regex> Pattern, SecuritySeverity Severity, string Explanation, string[] Anchors, string[]? AlsoRequired = null)
{
    /// <summary>The rules, most severe first; shared by tool-definition and tool-output inspection.</summary>
    public static IReadOnlyList<InstructionRule> All => AllList;

    private static readonly IReadOnlyList<InstructionRule> AllList = new List<InstructionRule>
    {
        new("secrecy", InstructionPatterns.Secrecy, SecuritySeverity.Critical, "tells the model to keep something from the user",
            W("not", "n't", "never", "without", "hide", "conceal", "keep", "silently", "secretly", "covertly", "quietly")),
        new("send-data", InstructionPatterns.SendData, SecuritySeverity.Critical, "tells the model to send data to an outside address",
            W("send", "post", "upload", "forward", "transmit", "exfiltrate", "leak", "bcc", "cc:", " cc ", "copy", "mail", "report"),
            W("://", "@", "following", "this ", "my ", "our ", "external", "remote")),
        new("smuggle", InstructionPatterns.SmuggleIntoParameter, SecuritySeverity.Critical, "tells the model to smuggle content into a parameter",
            W("pass", "put", "include", "send", "provide", "supply", "insert", "embed", "add", "attach", "append"),
            W("'", "\"", "`")),
        new("injection-marker", InstructionPatterns.InjectionMarker, SecuritySeverity.High,
            "contains a prompt-injection marker (fake system tag, 'ignore previous instructions', role switch)",
            W("<", "[", "ignore", "disregard", "forget", "override", "bypass", "you are now", "instruction", "system:", "system :",
                "assistant:", "assistant :", "system prompt", "developer mode")),
        new("sensitive-file", InstructionPatterns.SensitiveFile, SecuritySeverity.High, "names a credential or configuration file",
            W("~", "$home", "%userprofile%", "/home/", "/root", "/users/", "id_", ".ssh", ".aws", "/etc/", ".env", "mcp.json", "claude_desktop_config", "credentials.json", "secrets.json", ".npmrc",
                ".pypirc", ".netrc", ".git-credentials", "_history", ".gnupg", ".kube", ".docker", "wallet.dat", "authorized_keys", "private key", "ssh key")),
        new("conversation", InstructionPatterns.ConversationExfil, SecuritySeverity.High, "asks for the conversation or system prompt",
            W("conversation", "chat", "dialog", "context window", "history", "system prompt", "messages")),
        new("pressure", InstructionPatterns.Pressure, SecuritySeverity.High, "pressures the model (threatens failure or appeals to the user's feelings)",
            W("otherwise", "upset", "gentle", "important")),
        new("ordering", InstructionPatterns.Ordering, SecuritySeverity.High, "orders the model to call or read something else first",
            W("before", "prior to", "must", "always", "first")),
        new("model-address", InstructionPatterns.ModelAddress, SecuritySeverity.Medium, "addresses the model directly",
            W("assistant", "model", "llm", "agent", "claude", "gpt", "copilot", "ai ", " ai")),
    };

    /// <summary>Anchors of <see cref="InstructionPatterns.ToolCall"/> (bit <see cref="ToolCallBit"/> of <see cref="Presence"/>).</summary>
    public static string[] ToolCallAnchors { get; } = W("call", "invoke", "execute", "trigger");

    /// <summary>The bit of <see cref="ToolCallAnchors"/> in a presence mask.</summary>
    public static ulong ToolCallBit { get; } = 1UL << (2 * All.Count);

    private static readonly AnchorSet Sets = new(
        [.. All.SelectMany(r => new[] { r.Anchors, r.AlsoRequired ?? [] }), ToolCallAnchors]);

    /// <summary>Which rules' anchor words occur in <paramref name="text"/>, in one pass (see <see cref="MayMatch(ulong)"/>).</summary>
    public static ulong Presence(string text) => Sets.Present(text);

    /// <summary>False when the text cannot match (an anchor word is missing); the regex runs only otherwise.</summary>
    public bool MayMatch(ulong presence)
    {
        var index = Index;
        return (presence & (1UL << (2 * index))) != 0 && (AlsoRequired is null || (presence & (1UL << ((2 * index) + 1))) != 0);
    }

    /// <summary>Single-text convenience for <see cref="MayMatch(ulong)"/>.</summary>
    public bool MayMatch(string text) => MayMatch(Presence(text));

    /// <summary>True if any rule at or above <paramref name="minimum"/> matches <paramref name="text"/>.</summary>
    public static bool AnyMatch(string text, SecuritySeverity minimum)
    {
        var presence = Presence(text);
        return All.Any(r => r.Severity >= minimum && r.MayMatch(presence) && RegexGuard.IsMatchOrTimeout(r.Pattern(), text));
    }

    private int Index
    {
        get
        {
            for (var i = 0; i < AllList.Count; i++)
            {
                if (ReferenceEquals(AllList[i], this))
                {
                    return i;
                }
            }

            return -1;
        }
    }

    private static string[] W(params string[] words) => words;
}
