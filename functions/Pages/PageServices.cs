using System.Text.Encodings.Web;
using System.Text.Unicode;
using HdndWorkflow.Functions.Pages.Account;
using Microsoft.Extensions.WebEncoders;

namespace HdndWorkflow.Functions.Pages;

/// <summary>
/// What the Razor Pages need besides <c>AddRazorPages()</c>: an HTML encoder that leaves Vietnamese letters as they are
/// (the default one writes "Hội" as "H&amp;#x1ED9;i"), Vietnamese pages for a refused form and for a post that names no
/// handler, and the sign-in services.
/// </summary>
public static class PageServices
{
    public static IMvcBuilder AddPageServices(this IMvcBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<SignInLinks>();
        services.AddSingleton<SignInThrottle>();
        builder.AddRazorPagesOptions(options =>
        {
            options.Conventions.ConfigureFilter(new AntiforgeryFailurePage());
            options.Conventions.ConfigureFilter(new UnknownHandlerPage());
        });
        return builder;
    }
}
