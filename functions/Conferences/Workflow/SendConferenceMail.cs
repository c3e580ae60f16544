using Microsoft.DurableTask;

namespace HdndWorkflow.Functions.Conferences.Workflow;

/// <summary>Sends one shard of a mailing; returns how many e-mails went out in this run.</summary>
internal sealed class SendConferenceMail(ConferenceMailer mailer) : TaskActivity<Mailing, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, Mailing input)
    {
        ArgumentNullException.ThrowIfNull(context);
        return mailer.SendAsync(input, CancellationToken.None);
    }
}
