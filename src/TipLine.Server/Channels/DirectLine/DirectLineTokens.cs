using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TipLine.Bot.Privacy;

namespace TipLine.Server.Channels.DirectLine;

public enum TokenKind { Conversation, Stream }

/// <summary>What a presented bearer credential turned out to be.</summary>
public abstract record Credential
{
    /// <summary>The Direct Line secret: may start conversations and mint tokens.</summary>
    public sealed record Secret : Credential;

    /// <summary>A valid token, bound to one conversation.</summary>
    public sealed record Token(string ConversationId, TokenKind Kind) : Credential;

    public sealed record Expired : Credential;

    public sealed record Invalid : Credential;
}

/// <summary>
/// Direct Line tokens as signed JWTs (HS256), each bound to one conversation and short-lived, as Microsoft's
/// service issues them: any instance holding the key ring can check one without a database read, and a
/// token for one conversation never opens another. The signing key is derived from the key ring, so
/// tokens cannot be forged from the database alone.
/// </summary>
public sealed class DirectLineTokens
{
    private const string Issuer = "tipline-directline";
    private const string ConversationClaim = "conv";
    private const string KindClaim = "kind";

    private readonly SymmetricSecurityKey _key;
    private readonly byte[] _secret;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly TimeProvider _clock;

    public DirectLineTokens(KeyRing keys, string secret, TimeProvider clock)
    {
        _key = new SymmetricSecurityKey(HKDF.DeriveKey(HashAlgorithmName.SHA256, keys.AddressKey, 32, info: "TipLine Direct Line tokens v1"u8.ToArray()));
        _secret = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        _clock = clock;
    }

    public string Mint(string conversationId, TokenKind kind, TimeSpan lifetime)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now + lifetime,
            Claims = new Dictionary<string, object> { [ConversationClaim] = conversationId, [KindClaim] = kind.ToString() },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }

    public async Task<Credential> CheckAsync(string? bearer)
    {
        if (string.IsNullOrEmpty(bearer)) return new Credential.Invalid();
        // Compared as hashes in constant time: the secret's length and prefix stay private.
        if (CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(bearer)), _secret)) return new Credential.Secret();
        if (bearer.Length > 4096) return new Credential.Invalid();

        var result = await _handler.ValidateTokenAsync(bearer, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = (notBefore, expires, _, _) =>
                expires is { } e && e > _clock.GetUtcNow().UtcDateTime && (notBefore is not { } nb || nb <= _clock.GetUtcNow().UtcDateTime),
        });
        if (!result.IsValid)
        {
            return result.Exception is SecurityTokenInvalidLifetimeException or SecurityTokenExpiredException ? new Credential.Expired() : new Credential.Invalid();
        }
        return result.Claims.TryGetValue(ConversationClaim, out var conversation) && conversation is string id
               && result.Claims.TryGetValue(KindClaim, out var kind) && Enum.TryParse<TokenKind>(kind as string, out var parsed)
            ? new Credential.Token(id, parsed)
            : new Credential.Invalid();
    }
}
