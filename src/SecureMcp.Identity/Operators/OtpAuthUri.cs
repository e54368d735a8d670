namespace SecureMcp.Identity.Operators;

/// <summary>The Key Uri Format authenticator apps read: <c>otpauth://totp/ISSUER:ACCOUNT?secret=…&amp;issuer=…&amp;algorithm=SHA1&amp;digits=6&amp;period=30</c>.</summary>
internal static class OtpAuthUri
{
    public static string Build(string issuer, string account, string secretBase32, int digits, int period)
    {
        var label = Uri.EscapeDataString(issuer) + ":" + Uri.EscapeDataString(account);
        return $"otpauth://totp/{label}?secret={secretBase32}&issuer={Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits={digits}&period={period}";
    }
}
