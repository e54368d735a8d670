namespace SecureMcp.Identity.Operators;

/// <summary>The exact refusal reasons of operator sign-in.</summary>
internal static class OperatorFailures
{
    public const string UnknownUser = "unknown operator";
    public const string Locked = "account is locked";
    public const string BadPassword = "wrong password";
    public const string BadTotp = "wrong TOTP code";
    public const string TotpReused = "TOTP code was already used";
    public const string BadRecoveryCode = "wrong or used recovery code";
}
