namespace CobBot.Framework.DirectLine;

/// <summary>The outcome of reading a Direct Line token.</summary>
public enum DirectLineTokenStatus
{
    /// <summary>Signed by this server, of the expected kind and not expired.</summary>
    Valid,
    /// <summary>Genuine but past its expiry (Direct Line answers 403 <c>TokenExpired</c>).</summary>
    Expired,
    /// <summary>Not a token of this server, or of another kind.</summary>
    Invalid,
}
