using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Functions.Conclusions.Workflow;
using HdndWorkflow.Functions.Conferences.Workflow;
using NodaTime;

namespace HdndWorkflow.Console.Benchmarks;

/// <summary>
/// The instances the benchmark loads, decided by their number alone: conference i belongs to council i mod K, was
/// created i × (two years / conferences) after the start, and the oldest 30 % are held, each with a conclusion
/// instance (most published, some still under way, a few failed); the others are inviting, closed, cancelled,
/// suspended, terminated or failed in fixed proportions, by runs of one conference per council so that each council
/// has its share.
/// </summary>
internal sealed class Fleet(BenchmarkSettings settings)
{
    public const string HubName = "HdndWorkflow";
    public const string DevelopmentCouncil = "tinh-mau";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly DateTime Start = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] ConclusionStages = ["Drafting", "InReview", "ChangesRequested", "Approved"];

    private readonly Guid[] _ids = [.. Enumerable.Range(0, settings.Conferences).Select(_ => Guid.NewGuid())];

    public int Conferences => _ids.Length;

    /// <summary>Conferences with a conclusion: the oldest ones.</summary>
    public int Held => settings.Instances - settings.Conferences;

    public TimeSpan Spacing => TimeSpan.FromDays(730) / Conferences;

    public static string CouncilId(int k) => k == 0 ? DevelopmentCouncil : string.Create(CultureInfo.InvariantCulture, $"bench-{k:00}");

    public CouncilId CouncilOf(int i) => new(CouncilId(i % settings.Councils));

    public DateTime CreatedAt(int i) => Start + (Spacing * i);

    /// <summary>The app's settings for the councils beyond the development one (each needs a chair and a notice issuer).</summary>
    public IReadOnlyDictionary<string, string> CouncilSettings()
    {
        var values = new Dictionary<string, string>();
        for (var k = 1; k < settings.Councils; k++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"Directory:Councils:{k}:");
            values[key + "Id"] = CouncilId(k);
            values[key + "Name"] = string.Create(CultureInfo.InvariantCulture, $"HĐND tỉnh Thử Nghiệm {k:00}");
            values[key + "Unit"] = "Province";
            values[key + "OrganizerOffice"] = "Văn phòng Đoàn ĐBQH và HĐND tỉnh";
            values[key + "Chair:Name"] = "Nguyễn Văn Chủ Tịch";
            values[key + "Chair:Email"] = string.Create(CultureInfo.InvariantCulture, $"chu-tich-{k:00}@bench.example.vn");
            values[key + "Notice:ParentLines:0"] = "HỘI ĐỒNG NHÂN DÂN";
            values[key + "Notice:ParentLines:1"] = string.Create(CultureInfo.InvariantCulture, $"TỈNH THỬ NGHIỆM {k:00}");
            values[key + "Notice:BodyLines:0"] = "THƯỜNG TRỰC HĐND";
            values[key + "Notice:Code"] = "HĐND";
            values[key + "Notice:Place"] = "Thử Nghiệm";
            values[key + "Notice:SignatureAuthority:0"] = "TM. THƯỜNG TRỰC HĐND";
            values[key + "Notice:SignatureName"] = "Nguyễn Văn Chủ Tịch";
        }

        return values;
    }

    /// <summary>Conference i as its organizer planned it, in its status.</summary>
    public Conference Conference(int i, Conference template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var council = template.Council with { Id = CouncilOf(i), Name = i % settings.Councils == 0 ? template.Council.Name : $"HĐND tỉnh Thử Nghiệm {i % settings.Councils:00}" };
        return template with
        {
            Id = new ConferenceId(_ids[i]),
            Council = council,
            Ordinal = (i % 40) + 1,
            Status = i < Held ? ConferenceStatus.Held : StageOf(i) switch
            {
                "Cancelled" => ConferenceStatus.Cancelled,
                "RegistrationClosed" => ConferenceStatus.RegistrationClosed,
                _ => ConferenceStatus.Inviting,
            },
        };
    }

    /// <summary>Conference i's instance rows (its own, and its conclusion's when held) in the Instances table's layout.</summary>
    public IEnumerable<TableEntity> Instances(int i)
    {
        var id = _ids[i].ToString("D");
        var created = CreatedAt(i);
        if (i < Held)
        {
            var (status, stage) = (i / settings.Councils % 100) switch
            {
                7 => ("Failed", "InReview"),
                _ when i < Held * 9 / 10 => ("Completed", "Published"),
                _ => ("Running", ConclusionStages[i % ConclusionStages.Length]),
            };
            yield return Row(id, nameof(ConferenceOrchestrator), status == "Completed" ? "Completed" : "Running", "Held", created,
                JsonSerializer.Serialize(new ConferenceRef(_ids[i]), Json), "conclusion");
            yield return Row($"{id}:conclusion", nameof(ConclusionOrchestrator), status, stage, created.AddDays(20),
                JsonSerializer.Serialize(new ConclusionRef(_ids[i], CouncilOf(i).Value), Json), "review-reminder");
        }
        else
        {
            var stage = StageOf(i);
            var status = (i / settings.Councils % 100) switch
            {
                3 => "Failed",
                11 => "Suspended",
                23 or 24 or 25 => "Terminated",
                _ => stage == "Cancelled" ? "Completed" : "Running",
            };
            yield return Row(id, nameof(ConferenceOrchestrator), status, stage, created, JsonSerializer.Serialize(new ConferenceRef(_ids[i]), Json), "reminder-72h");
        }
    }

    private static string StageOf(int i) => (i % 20) switch
    {
        < 12 => "Inviting",
        < 17 => "RegistrationClosed",
        _ => "Cancelled",
    };

    private static TableEntity Row(string id, string name, string status, string stage, DateTime created, string input, string next)
    {
        var updated = created.AddHours(6);
        var row = new TableEntity(id, string.Empty)
        {
            ["Name"] = name,
            ["Version"] = string.Empty,
            ["Input"] = input,
            ["CustomStatus"] = JsonSerializer.Serialize(new { status = stage, revision = 1, next, nextAt = updated.AddDays(3) }, Json),
            ["CreatedTime"] = created,
            ["LastUpdatedTime"] = updated,
            ["RuntimeStatus"] = status,
            ["ExecutionId"] = Guid.NewGuid().ToString("N"),
            ["TaskHubName"] = HubName,
            ["Generation"] = 0,
        };
        switch (status)
        {
            case "Completed":
                row["Output"] = name == nameof(ConclusionOrchestrator) ? "\"Published\"" : "\"Cancelled\"";
                row["CompletedTime"] = updated;
                break;
            case "Failed":
                row["Output"] = "System.InvalidOperationException: SendGrid từ chối yêu cầu sau 5 lần thử.";
                row["CompletedTime"] = updated;
                break;
            case "Terminated":
                row["Output"] = "\"Dừng theo yêu cầu của quản trị viên\"";
                row["CompletedTime"] = updated;
                break;
        }

        return row;
    }

    /// <summary>An instant for the console's date filter: the Vietnamese day of conference i's creation.</summary>
    public LocalDate DayOf(int i) => LocalDate.FromDateTime(CreatedAt(i).AddHours(7));
}
