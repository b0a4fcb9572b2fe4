namespace TipLine.Core.Text;

/// <summary>
/// How many SMS segments a text takes: GSM-7 texts get 160 characters in one segment (153 when split),
/// anything else is UCS-2 with 70 (67 when split). Extended GSM characters count twice.
/// </summary>
public static class SmsSegments
{
    private const string Gsm7Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private const string Gsm7Extended = "^{}\\[~]|€\f";

    public static bool IsGsm7(string text) => text.All(c => Gsm7Basic.Contains(c) || Gsm7Extended.Contains(c));

    public static int Count(string text)
    {
        if (text.Length == 0) return 1;
        if (IsGsm7(text))
        {
            var septets = text.Sum(c => Gsm7Extended.Contains(c) ? 2 : 1);
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }

        var units = text.Length; // UTF-16 code units, which is what UCS-2 counts
        return units <= 70 ? 1 : (units + 66) / 67;
    }
}
