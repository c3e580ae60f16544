using HdndWorkflow.Domain.Vietnamese;
using NodaTime;

namespace HdndWorkflow.Domain.Conferences;

/// <summary>One item of the programme, optionally with who presents it and when it starts.</summary>
public sealed record AgendaItem(string Title, string? Presenter = null, LocalTime? Start = null)
{
    /// <summary>How letters and pages list it: "7 giờ 30: Khai mạc (trình bày: đồng chí …)".</summary>
    public string Line =>
        (Start is { } time ? $"{VietnameseFormat.Time(time)}: " : string.Empty)
        + Title
        + (string.IsNullOrWhiteSpace(Presenter) ? string.Empty : $" (trình bày: {Presenter})");
}
