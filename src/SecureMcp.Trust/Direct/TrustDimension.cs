namespace SecureMcp.Trust.Direct;

/// <summary>One axis along which a subject's behaviour is judged.</summary>
public enum TrustDimension
{
    /// <summary>Did the task succeed.</summary>
    TaskSuccess = 0,

    /// <summary>Was the result valid, as judged by a checker or a peer.</summary>
    ResultValidity = 1,

    /// <summary>Was the result delivered before the deadline.</summary>
    Timeliness = 2,

    /// <summary>Did the subject stay within security policy. Violations weigh heavily and decay slowly.</summary>
    SecurityConduct = 3,
}
