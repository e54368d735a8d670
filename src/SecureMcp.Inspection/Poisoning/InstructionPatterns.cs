using SecureMcp.Inspection.Text;
using System.Text.RegularExpressions;

namespace SecureMcp.Inspection.Poisoning;

/// <summary>Patterns of text that addresses the model instead of describing a tool (shared with output inspection).</summary>
internal static partial class InstructionPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>Keeping something from the user.</summary>
    [GeneratedRegex(@"\b(?:do\s+not|don'?t|never|without)\s+(?:\w+\s+){0,3}?(?:tell(?:ing)?|inform(?:ing)?|notify(?:ing)?|mention(?:ing)?|reveal(?:ing)?|alert(?:ing)?|show(?:ing)?|disclos(?:e|ing)|warn(?:ing)?|let(?:ting)?|ask(?:ing)?)\s+(?:\w+\s+){0,2}?(?:the\s+|your\s+)?(?:user|human|operator)s?\b|\b(?:hide|conceal)\s+(?:\w+\s+){0,4}?from\s+(?:the\s+)?(?:user|human)|\bkeep\s+(?:this|it|that|these)\s+(?:\w+\s+){0,2}?(?:secret|hidden|confidential)\b|\b(?:the\s+)?(?:user|human)\s+(?:must|should|shall|will|does|do|needs?)\s*(?:not|n't|never)\s+(?:\w+\s+){0,2}?(?:know|see|notice|find\s+out|be\s+(?:told|informed|aware|notified))|\b(?:silently|secretly|covertly|quietly)\s+(?:\w+\s+){0,2}?(?:send|read|copy|forward|include|add|upload|collect|exfiltrate|call|pass)",
        Options, RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex Secrecy();

    /// <summary>Credential and configuration files an agent should never read for a tool.</summary>
    [GeneratedRegex(@"(?:~|\$HOME|%USERPROFILE%|/home/\w+|/root|/Users/\w+)[/\\]\.\w[\w.-]*|\bid_(?:rsa|dsa|ecdsa|ed25519)\b|\.ssh[/\\]|\.aws[/\\]|/etc/(?:passwd|shadow|sudoers)\b|[/\\~]\.env\b|\b(?:mcp|claude_desktop_config|credentials|secrets)\.json\b|\.(?:npmrc|pypirc|netrc|git-credentials|bash_history|zsh_history|gnupg)\b|\.kube[/\\]config|\.docker[/\\]config\.json|\bwallet\.dat\b|\bauthorized_keys\b|\bprivate\s+keys?\b|\bssh\s+keys?\b",
        Options, RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex SensitiveFile();

    /// <summary>Verbs that act on a file or data.</summary>
    [GeneratedRegex(@"\b(?:read|cat|open|load|include|attach|upload|send|copy|pass|extract|collect|retrieve|access|get|fetch|print|output|append|provide)\b",
        Options, RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex DataVerb();

    /// <summary>Prompt-injection markers: fake system tags, "ignore previous instructions", role switches.</summary>
    [GeneratedRegex(@"<\s*/?\s*(?:important|system|instructions?|secret|admin|hidden|context|prompt|critical|sys)\s*>|\[\s*/?\s*(?:INST|SYSTEM|ADMIN)\s*\]|\bignore\s+(?:all\s+|any\s+)?(?:the\s+|your\s+)?(?:previous|prior|above|earlier|preceding|other|original)\s+(?:instructions?|rules|prompts?|directions|guidelines|messages)|\b(?:disregard|forget|override|bypass)\s+(?:all\s+|any\s+|your\s+|the\s+)?(?:previous\s+|prior\s+|system\s+|safety\s+|earlier\s+|original\s+)?(?:instructions?|rules|guidelines|policies|guardrails|restrictions)\b|\byou\s+are\s+now\s+(?:a|an|in|the)\b|\bnew\s+(?:system\s+)?instructions?\s*:|(?:^|\n)\s*(?:system|assistant)\s*:\s|\bsystem\s+prompt\b|\bdeveloper\s+mode\b",
        Options, RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex InjectionMarker();

    /// <summary>Sending data to an outside address.</summary>
    [GeneratedRegex(@"\b(?:send|sends|post|upload|forward|transmit|exfiltrate|leak|bcc|cc|copy|mail|email|report)\b[^.\n]{0,80}?\b(?:to|at|via)\s+(?:https?://|[\w.+-]+@[\w-]+\.[\w.]+|(?:the\s+)?(?:following|this|my|our|an?\s+external|remote|external)\s+(?:url|endpoint|server|address|webhook|email|inbox))|\b(?:bcc|cc)\s*:?\s*[\w.+-]+@[\w-]+\.[\w.]+",
        Options, RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex SendData();

    /// <summary>Smuggling data into a parameter ("pass its content as 'sidenote'").</summary>
    [GeneratedRegex(@"\b(?:pass|put|include|send|provide|supply|insert|embed|add|attach|append)\b[^.\n]{0,80}?\b(?:contents?|keys?|credentials?|secrets?|tokens?|passwords?|history|conversation|messages)\b[^.\n]{0,40}?\b(?:as|in|into|inside)\s+(?:the\s+)?[`'""](?<param>\w+)[`'""]",
        Options, RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex SmuggleIntoParameter();

    /// <summary>Asking for the whole conversation or system prompt.</summary>
    [GeneratedRegex(@"\b(?:entire|full|whole|complete)\s+(?:\w+\s+)?(?:conversation|chat|dialog(?:ue)?|context\s+window|message\s+history|chat\s+history|system\s+prompt)|\ball\s+(?:of\s+)?(?:the\s+|your\s+)?(?:previous\s+|prior\s+)?(?:conversation|chat\s+history|messages\s+(?:so\s+far|above))\b|\b(?:previous|prior|earlier)\s+(?:user\s+)?messages\b",
        Options, RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex ConversationExfil();

    /// <summary>Ordering other tool calls ("before using this tool, call X first").</summary>
    [GeneratedRegex(@"\b(?:before|prior\s+to)\s+(?:using|calling|invoking|running|executing)\s+(?:this|any|the|other)\b[^.\n]{0,100}?\b(?:must|need\s+to|should|have\s+to|always|first|please)\b[^.\n]{0,20}?\b(?<verb>call|use|run|invoke|read|execute|fetch|open|cat)\s+[`'""]?(?<tool>[^`'""\s,;]+)|\b(?:must|always|first)\s+(?:first\s+)?(?<verb>call|invoke|run|use|read)\s+(?:the\s+)?(?:[`'""](?<tool>[^`'""\n]{1,60})[`'""]|(?<tool>[\w./~-]+))[^.\n]{0,30}?\b(?:first|before)\b",
        Options, RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex Ordering();

    /// <summary>Pressure on the model ("otherwise the tool will not work", "this could upset the user").</summary>
    [GeneratedRegex(@"\botherwise\s+(?:the\s+|this\s+)?(?:tool|it|server|function|system|application|request)\s+(?:will\s+not|won'?t|cannot|can'?t|will\s+(?:fail|crash|break|stop))|\b(?:could|might|would|will)\s+(?:\w+\s+)?upset\s+the\s+user|\bvery\s+gentle\s+and\s+not\s+scary\b|\b(?:this\s+is\s+)?(?:extremely|very|vitally)\s+important\s*[:,-]\s*(?:you|always|never|do)\b",
        Options, RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex Pressure();

    /// <summary>Text that speaks to the model as "the assistant" / "the AI".</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?:ai|assistant|model|llm|agent|claude|gpt|chatgpt|copilot)\s+(?:must|should|shall|needs?\s+to|has\s+to|is\s+required\s+to|will\s+now)\b|\bas\s+an\s+ai\b|\b(?:dear|attention|note\s+to)\s+(?:the\s+)?(?:ai|assistant|model|llm|agent)\b",
        Options, RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex ModelAddress();

    /// <summary>Telling the model to call a tool (used on tool output).</summary>
    [GeneratedRegex(@"\b(?:now\s+|immediately\s+|please\s+)?(?:call|invoke|execute|trigger)\s+(?:the\s+)?[`'""]?[\w.-]+[`'""]?\s+(?:tool|function)\s+(?:with|to|and|on|passing)\b",
        Options, RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex ToolCall();
}
