namespace TipLine.Core.Dialogs;

/// <summary>
/// A step's condition, written in a dialog file as <c>[not] name [= value]</c>: "people" (the slot is
/// filled), "not narrative", "kind = help", "urgency = P1". Kept deliberately tiny so that staff can read it.
/// </summary>
public sealed record Condition(string Name, string? Value, bool Negated)
{
    public const string UrgencyName = "urgency";

    public static bool TryParse(string text, out Condition? condition, out string? error)
    {
        condition = null;
        error = null;
        var rest = text.Trim();
        var negated = false;
        if (rest.StartsWith("not ", StringComparison.Ordinal))
        {
            negated = true;
            rest = rest[4..].Trim();
        }

        string name;
        string? value = null;
        var eq = rest.IndexOf('=');
        if (eq >= 0)
        {
            name = rest[..eq].Trim();
            value = rest[(eq + 1)..].Trim();
            if (value.Length == 0)
            {
                error = $"condition '{text}' has nothing after '='";
                return false;
            }
        }
        else
        {
            name = rest;
        }

        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            error = $"condition '{text}' must read '[not] slot [= value]'";
            return false;
        }

        condition = new Condition(name, value, negated);
        return true;
    }

    public bool IsSatisfied(Func<string, string?> lookup)
    {
        var actual = lookup(Name);
        var holds = Value is null
            ? !string.IsNullOrEmpty(actual)
            : string.Equals(actual, Value, StringComparison.OrdinalIgnoreCase);
        return holds != Negated;
    }

    public override string ToString() => (Negated ? "not " : "") + Name + (Value is null ? "" : " = " + Value);
}
