namespace SecureMcp.Identity.Operators;

/// <summary>What enrolment shows the operator once: the <c>otpauth://</c> URI (for a QR code), the seed, and the recovery codes.</summary>
internal sealed record OperatorEnrolment(string Username, string OtpAuthUri, string SecretBase32, IReadOnlyList<string> RecoveryCodes);
