using SecureMcp.Policy.Model;
using YamlDotNet.RepresentationModel;

namespace SecureMcp.Policy.Yaml;

/// <summary>Parses the <c>settings</c> section.</summary>
internal static class SettingsParser
{
    public static PolicySettings Parse(YamlReader r, YamlNode node)
    {
        var settings = new PolicySettings();
        if (r.Map(node, "settings") is not { } map)
        {
            return settings;
        }

        foreach (var (key, v) in r.Entries(map, "settings", "trustAuthenticatedRoles", "defaultTrust", "unknownRisk", "approvalTimeout", "timeZone", "alertWebhook"))
        {
            var path = "settings." + key;
            settings = key switch
            {
                "trustAuthenticatedRoles" => settings with { TrustAuthenticatedRoles = r.Bool(v, path) },
                "defaultTrust" => settings with { DefaultTrust = r.Double(v, path, 0, 1) },
                "unknownRisk" => settings with { UnknownRisk = Risk(r, v, path) },
                "approvalTimeout" => settings with { ApprovalTimeout = r.Duration(v, path) },
                "timeZone" => settings with { TimeZone = Zone(r, v, path) },
                _ => settings with { AlertWebhook = Webhook(r, v, path) },
            };
        }

        return settings;
    }

    private static RiskLevel Risk(YamlReader r, YamlNode node, string path)
    {
        var text = r.Scalar(node, path);
        if (Enum.TryParse<RiskLevel>(text, ignoreCase: true, out var risk) && Enum.IsDefined(risk) && !int.TryParse(text, out _))
        {
            return risk;
        }

        r.Error(node, path, $"'{text}' is not a risk level (low, medium, high, critical)");
        return RiskLevel.Medium;
    }

    private static TimeZoneInfo Zone(YamlReader r, YamlNode node, string path)
    {
        var text = r.Scalar(node, path) ?? "UTC";
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(text);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            r.Error(node, path, $"'{text}' is not a known time zone (use an IANA id such as UTC or Europe/Paris)");
            return TimeZoneInfo.Utc;
        }
    }

    private static Uri? Webhook(YamlReader r, YamlNode node, string path)
    {
        var text = r.Scalar(node, path);
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri;
        }

        r.Error(node, path, $"'{text}' is not an http(s) URL");
        return null;
    }
}
