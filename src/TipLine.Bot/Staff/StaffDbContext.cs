using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace TipLine.Bot.Staff;

/// <summary>
/// Dispatcher accounts, kept by ASP.NET Core Identity's own EF Core stores (hashing, lockout, security stamps,
/// roles) in the same database as the tips: writing a user store by hand is where password bugs live.
/// </summary>
public sealed class StaffDbContext(DbContextOptions<StaffDbContext> options) : IdentityDbContext<IdentityUser>(options)
{
    /// <summary>Creates Identity's tables when the database has none yet (the tips' tables are created apart, in SQL).</summary>
    public async Task EnsureSchemaAsync(CancellationToken ct = default)
    {
        var connection = Database.GetDbConnection();
        await Database.OpenConnectionAsync(ct);
        try
        {
            await using var check = connection.CreateCommand();
            check.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'AspNetUsers'";
            if (Convert.ToInt64(await check.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                await this.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(ct);
            }
        }
        finally
        {
            await Database.CloseConnectionAsync();
        }
    }
}
