using NodaTime;

namespace HdndWorkflow.Domain.Conferences;

/// <summary>One item of the programme, optionally with who presents it and when it starts.</summary>
public sealed record AgendaItem(string Title, string? Presenter = null, LocalTime? Start = null);
