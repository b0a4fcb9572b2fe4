using Microsoft.AspNetCore.Identity;

namespace TipLine.Bot.Staff;

/// <summary>The result of an account operation, with Identity's own messages when it failed (password too short, name taken).</summary>
public sealed record StaffResult(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static StaffResult Ok { get; } = new(true, []);

    public static StaffResult From(IdentityResult result) => result.Succeeded ? Ok : new(false, [.. result.Errors.Select(e => e.Description)]);

    public static StaffResult Fail(string error) => new(false, [error]);
}

/// <summary>Creating, disabling and resetting console accounts (the CLI's <c>tipline users</c> and the bootstrap administrator).</summary>
public sealed class StaffDirectory(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles)
{
    public async Task<StaffResult> AddAsync(string userName, string password, string role)
    {
        IReadOnlyList<string> implied;
        try
        {
            implied = StaffRoles.Implied(role);
        }
        catch (ArgumentException e)
        {
            return StaffResult.Fail(e.Message);
        }
        foreach (var name in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(name)) await roles.CreateAsync(new IdentityRole(name));
        }

        var user = new IdentityUser(userName) { LockoutEnabled = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return StaffResult.From(created);
        return StaffResult.From(await users.AddToRolesAsync(user, implied));
    }

    /// <summary>Locks the account for good and signs it out everywhere (its security stamp changes).</summary>
    public async Task<StaffResult> DisableAsync(string userName)
    {
        if (await users.FindByNameAsync(userName) is not { } user) return StaffResult.Fail($"No user '{userName}'.");
        await users.SetLockoutEnabledAsync(user, true);
        var locked = await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        if (!locked.Succeeded) return StaffResult.From(locked);
        return StaffResult.From(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>Sets a new password, ends any lockout (a disabled account is enabled again) and signs the old sessions out.</summary>
    public async Task<StaffResult> ResetAsync(string userName, string password)
    {
        if (await users.FindByNameAsync(userName) is not { } user) return StaffResult.Fail($"No user '{userName}'.");
        // Checked first, so a rejected password leaves the old one in place.
        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, user, password);
            if (!valid.Succeeded) return StaffResult.From(valid);
        }
        await users.RemovePasswordAsync(user);
        var reset = await users.AddPasswordAsync(user, password);
        if (!reset.Succeeded) return StaffResult.From(reset);
        await users.UpdateSecurityStampAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return StaffResult.Ok;
    }

    public Task<bool> AnyAsync() => Task.FromResult(users.Users.Any());

    /// <summary>The first administrator (<c>TipLine:BootstrapAdmin</c>), created only while there is no account at all.</summary>
    public async Task<StaffResult?> BootstrapAsync(string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password) || await AnyAsync()) return null;
        return await AddAsync(userName, password, StaffRoles.Administrator);
    }

    public async Task<IReadOnlyList<(string UserName, IList<string> Roles, bool Disabled)>> ListAsync()
    {
        var list = new List<(string, IList<string>, bool)>();
        foreach (var user in users.Users.OrderBy(u => u.UserName).ToList())
        {
            list.Add((user.UserName!, await users.GetRolesAsync(user), user.LockoutEnd == DateTimeOffset.MaxValue));
        }
        return list;
    }
}
