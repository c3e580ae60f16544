using HdndWorkflow.Email.Development;
using HdndWorkflow.Email.Hosting;
using HdndWorkflow.Email.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace HdndWorkflow.Email.Tests.Support;

/// <summary>
/// The e-mail services as the app registers them (<see cref="EmailServiceCollectionExtensions.AddEmail"/>), with
/// tables of their own in the shared Azurite, a captured log at every level, and optionally a fake clock.
/// </summary>
public sealed class EmailHost : IAsyncDisposable
{
    public const string ApiKey = "SG.test-key.Zm9vYmFyYmF6cXV4";

    private readonly ServiceProvider _provider;

    private EmailHost(ServiceProvider provider, CapturedLogs logs)
    {
        _provider = provider;
        Logs = logs;
    }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _provider;

    public IEmailSender Sender => _provider.GetRequiredService<IEmailSender>();

    public EmailOutbox Outbox => _provider.GetRequiredService<EmailOutbox>();

    public DevelopmentMailbox Mailbox => _provider.GetRequiredService<DevelopmentMailbox>();

    /// <summary>SendGrid at <paramref name="sendGrid"/>'s address.</summary>
    public static EmailHost ForSendGrid(AzuriteFixture azurite, FakeSendGrid sendGrid, TimeProvider? time = null, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        all.TryAdd("SendGrid:ApiKey", ApiKey);
        all.TryAdd("SendGrid:BaseUrl", sendGrid.BaseUrl.AbsoluteUri);
        all.TryAdd("Email:FromAddress", "vanphong@hdnd.example.vn");
        all.TryAdd("Email:FromName", "Văn phòng Đoàn ĐBQH và HĐND tỉnh");
        all.TryAdd("Email:ReplyToAddress", "thuky@hdnd.example.vn");
        all.TryAdd("Email:ReplyToName", "Thư ký hội nghị");
        return Create(azurite, time, all);
    }

    /// <summary>No SendGrid key: the development mailbox.</summary>
    public static EmailHost ForDevelopmentMailbox(AzuriteFixture azurite, TimeProvider? time = null, IDictionary<string, string?>? settings = null) =>
        Create(azurite, time, new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()));

    public static IDictionary<string, string?> Settings(AzuriteFixture azurite, IDictionary<string, string?> settings)
    {
        settings.TryAdd("Email:OutboxTable", azurite.NewTableName("outbox"));
        settings.TryAdd("Email:DevelopmentMailboxTable", azurite.NewTableName("devmail"));
        return settings;
    }

    public async ValueTask DisposeAsync() => await _provider.DisposeAsync();

    private static EmailHost Create(AzuriteFixture azurite, TimeProvider? time, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(azurite, settings)).Build();
        var logs = new CapturedLogs();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddSingleton(azurite.Tables);
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddEmail(configuration, new HostingEnvironment { EnvironmentName = Environments.Development });
        return new EmailHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }), logs);
    }
}
