using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Bot.Storage;

namespace TipLine.Bot.Staff;

public static class StaffServices
{
    /// <summary>The password and lockout rules of console accounts, for the server and the CLI alike.</summary>
    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = 12;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireDigit = false;
        options.Password.RequiredUniqueChars = 5;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = false;
    }

    /// <summary>The staff tables in the same database as the tips (their schema comes with the tips' migrations).</summary>
    public static IServiceCollection AddStaffDatabase(this IServiceCollection services, Database database) =>
        services.AddDbContext<StaffDbContext>(db =>
        {
            if (database.Provider == DatabaseProvider.PostgreSql) db.UseNpgsql(database.ConnectionString);
            else db.UseSqlite(database.ConnectionString);
        });

    /// <summary>Accounts without sign-in (the CLI): Identity's user and role managers over the staff database.</summary>
    public static IServiceCollection AddStaffAccounts(this IServiceCollection services, Database database)
    {
        services.AddLogging();
        services.AddStaffDatabase(database);
        services.AddIdentityCore<IdentityUser>(Configure).AddRoles<IdentityRole>().AddEntityFrameworkStores<StaffDbContext>();
        services.AddScoped<StaffDirectory>();
        return services;
    }
}
