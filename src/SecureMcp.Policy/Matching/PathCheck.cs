namespace SecureMcp.Policy.Matching;

/// <summary>The outcome of checking a path argument against an allowed prefix.</summary>
internal enum PathCheck
{
    /// <summary>The normalised path lies at or under the prefix.</summary>
    Inside,

    /// <summary>The normalised path lies elsewhere.</summary>
    Outside,

    /// <summary>The path has a <c>..</c> segment; refused without trying to resolve it.</summary>
    Traversal,

    /// <summary>The path has percent-encoding, a backslash, a control character or a Unicode dot or slash look-alike.</summary>
    Ambiguous,
}
