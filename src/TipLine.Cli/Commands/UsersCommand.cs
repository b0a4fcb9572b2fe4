using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Bot.Staff;
using TipLine.Bot.Storage;

namespace TipLine.Cli.Commands;

/// <summary><c>tipline users add|disable|reset|list</c>: console accounts. Passwords are read from stdin unless given.</summary>
public static class UsersCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The server's data directory.", DefaultValueFactory = _ => "./data", Recursive = true };
        var users = new Command("users", "Manage dispatcher console accounts.") { data };

        var name = new Argument<string>("user") { Description = "The account's user name." };
        var role = new Option<string>("--role") { Description = "dispatcher, supervisor or administrator.", DefaultValueFactory = _ => StaffRoles.Dispatcher };
        var password = new Option<string?>("--password") { Description = "The password (at least 12 characters); read from stdin when left out, so it stays out of the shell history." };

        var add = new Command("add", "Create an account.") { name, role, password };
        add.SetAction((result, ct) => RunAsync(result.GetValue(data)!, async staff =>
            await staff.AddAsync(result.GetValue(name)!, PasswordFrom(result.GetValue(password)), result.GetValue(role)!), $"Added {result.GetValue(name)} ({result.GetValue(role)})."));

        var disable = new Command("disable", "Lock an account for good and end its sessions.") { name };
        disable.SetAction((result, ct) => RunAsync(result.GetValue(data)!, staff => staff.DisableAsync(result.GetValue(name)!), $"Disabled {result.GetValue(name)}."));

        var reset = new Command("reset", "Set a new password and unlock the account.") { name, password };
        reset.SetAction((result, ct) => RunAsync(result.GetValue(data)!, async staff =>
            await staff.ResetAsync(result.GetValue(name)!, PasswordFrom(result.GetValue(password))), $"Reset {result.GetValue(name)}."));

        var list = new Command("list", "List accounts, their roles and whether they are disabled.");
        list.SetAction(async (result, ct) =>
        {
            using var services = await OpenAsync(result.GetValue(data)!);
            if (services is null) return 2;
            using var scope = services.CreateScope();
            foreach (var (user, roles, disabled) in await scope.ServiceProvider.GetRequiredService<StaffDirectory>().ListAsync())
            {
                Console.WriteLine($"{user,-24} {string.Join(",", roles),-40} {(disabled ? "disabled" : "active")}");
            }
            return 0;
        });

        users.Subcommands.Add(add);
        users.Subcommands.Add(disable);
        users.Subcommands.Add(reset);
        users.Subcommands.Add(list);
        return users;
    }

    private static string PasswordFrom(string? given) => given ?? Console.In.ReadLine()?.TrimEnd('\r', '\n') ?? "";

    private static async Task<int> RunAsync(string dataDirectory, Func<StaffDirectory, Task<StaffResult>> action, string done)
    {
        using var services = await OpenAsync(dataDirectory);
        if (services is null) return 2;
        using var scope = services.CreateScope();
        var result = await action(scope.ServiceProvider.GetRequiredService<StaffDirectory>());
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) Console.Error.WriteLine(error);
            return 1;
        }
        Console.WriteLine(done);
        return 0;
    }

    private static async Task<ServiceProvider?> OpenAsync(string dataDirectory)
    {
        if (DataDirectory.Open(dataDirectory) is not { } database) return null;
        await database.InitializeAsync();
        return new ServiceCollection().AddStaffAccounts(database).BuildServiceProvider();
    }
}
