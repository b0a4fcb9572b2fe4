using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace TipLine.Bot.Staff;

/// <summary>
/// Dispatcher accounts, kept by ASP.NET Core Identity's own EF Core stores (hashing, lockout, security stamps,
/// roles) in the same database as the tips: writing a user store by hand is where password bugs live. Their
/// tables are created by the database's migrations (<c>Storage/Migrations/*/0002_staff.sql</c>).
/// </summary>
public sealed class StaffDbContext(DbContextOptions<StaffDbContext> options) : IdentityDbContext<IdentityUser>(options);
