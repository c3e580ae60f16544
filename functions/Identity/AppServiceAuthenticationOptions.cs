namespace HdndWorkflow.Functions.Identity;

/// <summary>
/// App Service Authentication ("Easy Auth", Entra ID) in front of the app (configuration section
/// <c>AppServiceAuthentication</c>). When enabled, the platform signs people in and passes who they are in the
/// <c>X-MS-CLIENT-PRINCIPAL</c> header, which it strips from every incoming request first, so only it can set it. Without
/// the platform in front anyone can send that header: it is trusted only when this says the deployment has it
/// (bicep sets both from one parameter). Off by default.
/// </summary>
public sealed class AppServiceAuthenticationOptions
{
    public const string Section = "AppServiceAuthentication";

    /// <summary>Trust <c>X-MS-CLIENT-PRINCIPAL</c>: only where App Service Authentication runs in front of the app.</summary>
    public bool Enabled { get; set; }

    /// <summary>Where the sign-in page sends people to sign in with Entra ID (the platform's own endpoint).</summary>
    public string LoginPath { get; set; } = "/.auth/login/aad";

    /// <summary>Where signing out of Entra ID's session with the app goes (the platform's own endpoint).</summary>
    public string LogoutPath { get; set; } = "/.auth/logout";
}
