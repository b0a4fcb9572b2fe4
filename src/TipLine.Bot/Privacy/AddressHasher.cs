using System.Security.Cryptography;
using System.Text;

namespace TipLine.Bot.Privacy;

/// <summary>
/// Turns a sender address (a phone number) into a keyed hash: conversations and opt-outs are found by it,
/// so the database alone never says who wrote.
/// </summary>
public sealed class AddressHasher(byte[] key)
{
    public string Hash(string channel, string address) =>
        channel + "-" + Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(channel + ":" + address.Trim())))[..32].ToLowerInvariant();
}
