using System.Security.Cryptography;

namespace TipLine.Core.Tips;

/// <summary>
/// A short code a tipster can quote later ("TL-7K3Q"): random, so it reveals nothing about them, and drawn
/// from characters that cannot be misread (no 0/O, 1/I/L).
/// </summary>
public static class ReferenceCode
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New(int length = 4) => "TL-" + RandomNumberGenerator.GetString(Alphabet, length);
}
