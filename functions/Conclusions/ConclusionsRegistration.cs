using HdndWorkflow.Functions.Conclusions.Drafting;
using HdndWorkflow.Functions.Conclusions.Persistence;
using HdndWorkflow.Functions.Conclusions.Portal;
using HdndWorkflow.Functions.Conclusions.Workflow;
using HdndWorkflow.Functions.Identity;
using HdndWorkflow.Functions.Storage;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Conclusions;

/// <summary>Registers conclusions: storage, drafting, the service shared by API and pages, mail and the portal.</summary>
public static class ConclusionsRegistration
{
    public static WebApplicationBuilder AddConclusions(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ConclusionOptions>().BindConfiguration(ConclusionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectoryOptions>, CouncilNoticeValidator>();
        services.AddSingleton<ConclusionStore>();
        services.AddSingleton<CouncilContacts>();
        services.AddSingleton<ConclusionDrafter>();
        services.AddSingleton<ConclusionOpener>();
        services.AddSingleton<ConclusionService>();
        services.AddSingleton<ConclusionMailer>();
        services.AddSingleton<PortalService>();
        services.AddAppTable(ConclusionStore.TableName);
        return builder;
    }
}

/// <summary>
/// Refuses a directory in which a council cannot conclude a conference: every council needs a valid notice issuer
/// (<c>Notice</c>) and a chair with an e-mail address (<c>Chair</c>), checked at start-up rather than on the day a
/// conclusion is approved.
/// </summary>
internal sealed class CouncilNoticeValidator : IValidateOptions<DirectoryOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var council in options.Councils)
        {
            if (council.Chair is not { Email: { Length: > 0 } email } || !email.Contains('@', StringComparison.Ordinal))
            {
                failures.Add($"Council '{council.Id}' needs Chair with a Name and an Email (reviews that stall are escalated to the chair).");
            }

            if (council.Notice is not { } notice)
            {
                failures.Add($"Council '{council.Id}' needs Notice: how it issues conclusion notices.");
                continue;
            }

            failures.AddRange(CouncilContacts.ToIssuer(notice).Validate().Select(e => $"Council '{council.Id}' Notice: {e.Field}: {e.Message}"));
            failures.AddRange(notice.Recipients
                .Where(r => r.Email is { Length: > 0 } address && !address.Contains('@', StringComparison.Ordinal))
                .Select(r => $"Council '{council.Id}' Notice recipient '{r.Name}' has an invalid Email."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
