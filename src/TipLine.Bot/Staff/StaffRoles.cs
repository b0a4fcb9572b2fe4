namespace TipLine.Bot.Staff;

/// <summary>Who may do what in the console: dispatchers work tips; supervisors also see the audit of who saw what; administrators also manage accounts.</summary>
public static class StaffRoles
{
    public const string Dispatcher = "dispatcher";
    public const string Supervisor = "supervisor";
    public const string Administrator = "administrator";

    public static readonly IReadOnlyList<string> All = [Dispatcher, Supervisor, Administrator];

    /// <summary>The roles a user of <paramref name="role"/> holds: each includes the ones below it.</summary>
    public static IReadOnlyList<string> Implied(string role) => role switch
    {
        Administrator => [Dispatcher, Supervisor, Administrator],
        Supervisor => [Dispatcher, Supervisor],
        Dispatcher => [Dispatcher],
        _ => throw new ArgumentException($"Unknown role '{role}': use {string.Join(", ", All)}.", nameof(role)),
    };
}
