using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TipLine.Server.Console;

/// <summary>Sign-in with Identity's own checks: hashed passwords, lockout after repeated failures, one message for every failure.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<IdentityUser> signIn, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    public string? Message { get; private set; }

    public void OnGet(bool denied = false)
    {
        if (denied) Message = "Your account cannot open that page.";
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Message = "Enter your user name and password.";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Console sign-in by {User}", UserName.Trim());
            return LocalRedirect(returnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith("/console", StringComparison.Ordinal) ? url : "/console");
        }
        // The same answer for an unknown user and a wrong password; a locked account is told so.
        logger.LogWarning("Console sign-in refused ({Outcome})", result.IsLockedOut ? "locked out" : "bad credentials");
        Message = result.IsLockedOut ? "This account is locked. Try again later or ask an administrator." : "Wrong user name or password.";
        return Page();
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/console/login");
    }
}
