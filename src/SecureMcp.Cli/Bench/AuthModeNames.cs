namespace SecureMcp.Cli.Bench;

/// <summary>Labels of the <see cref="AuthMode"/> values in tables.</summary>
internal static class AuthModeNames
{
    public static string Of(AuthMode mode) => mode switch
    {
        AuthMode.ApiKey => "api key",
        AuthMode.Token => "token (reused)",
        AuthMode.Mtls => "mTLS (reused conn.)",
        AuthMode.MtlsPerCall => "mTLS (new conn./call)",
        _ => mode.ToString(),
    };
}
